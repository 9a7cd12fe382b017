import Extraction
import Foundation
import Storage

/// Reads, extracts and stores articles: one walker thread streams the paths, one extraction
/// worker per core reads, hashes, extracts and encodes the rows to store, and the calling thread
/// is the one writer, saving each article with its meetings and event links atomically. The
/// workers run at a lower priority than the writer (``WorkerPriority``), so the one serial
/// stage always has a core.
///
/// Queues between the stages are bounded, so memory stays flat whatever the corpus size.
struct IngestPipeline {
    let databasePath: String
    let workers: Int
    /// How often a transaction that found the database busy is tried again.
    static let retries = 8
    /// Articles committed together in one transaction, so the index pages are written once per
    /// batch, not per article; each article lands whole or not at all. 500 rather than 200
    /// writes fewer, larger full-text segments, which cost less to merge, and the queue of two
    /// batches still holds only a few MB.
    static let batchSize = 500
    /// A batch is committed at the latest this long after its first article arrived.
    static let batchSeconds = 0.5

    /// What a worker hands to the writer.
    enum Outcome: Sendable {
        /// An article to store: a new one with its extraction, or (its content already stored)
        /// one that only adds its path.
        case article(NewArticle)
        case skipped(path: String)
        case failed(path: String, reason: String)
    }

    /// Ingests everything `inputs` yields. `failure` receives one line per file that failed;
    /// `progress` the number of files done so far.
    /// - throws: ``DatabaseFailure`` when the database cannot be opened or prepared.
    func run(
        _ inputs: InputWalker, failure: (String) -> Void, progress: (Int) -> Void
    ) throws -> IngestSummary {
        let db = try DatabaseFailure.reporting(path: databasePath) {
            let db = try Database(path: databasePath, configuration: .init(busyTimeout: .seconds(30)))
            _ = try Schema.prepare(db)
            // The writer revisits the same index pages for every article: keep them in memory
            // instead of reading them back from the file. 16 MiB holds them (32 MiB read the
            // file only 5% less for the bench corpus) and leaves room in the memory budget for
            // the merger's reports.
            try db.execute("PRAGMA cache_size = -16384")
            // Statement journals (and, when a batch is stored again, each article's savepoint)
            // keep the pages they change; in memory that costs a copy per page instead of a
            // write(2) to a temporary file (a few hundred KiB at most, emptied when released).
            try db.execute("PRAGMA temp_store = MEMORY")
            // Copy the log into the database every 32 MiB rather than every 4 MiB: a page the
            // batches keep changing (the index, the events) is copied and synced once, not
            // eight times.
            try db.execute("PRAGMA wal_autocheckpoint = 8192")
            // The writer checks no foreign keys: each key it writes is the id of a row it has just
            // inserted or read in the same transaction (an article's meetings and paths, a
            // meeting's event and lists), and it deletes only events no report names, whose
            // lists have gone with their last report; the check cost a parent look-up for every
            // row of the meetings, paths, reports and lists tables. The schema is prepared first,
            // with the keys checked, as every other connection keeps them.
            try db.execute("PRAGMA foreign_keys = OFF")
            return db
        }
        defer { db.close() }
        let paths = BlockingQueue<InputItem>(capacity: 256)
        // Room for two batches: the workers keep extracting while the writer stores a batch
        // (a few MB of extracted text at most, whatever the corpus size).
        let outcomes = BlockingQueue<Outcome>(capacity: Self.batchSize * 2)
        let walker = Thread {
            for item in inputs { paths.put(item) }
            paths.close()
        }
        walker.start()
        let running = WorkerCount(workers)
        let path = databasePath
        for _ in 0..<workers {
            Thread {
                Self.work(paths: paths, outcomes: outcomes, databasePath: path)
                if running.finishOne() { outcomes.close() }
            }.start()
        }
        var summary = IngestSummary()
        // One merger for the whole run: it keeps the reports it has read between batches.
        let merger = EventMerger(db)
        while let first = outcomes.take() {
            let deadline = Date().addingTimeInterval(Self.batchSeconds)
            let batch = [first] + outcomes.take(upTo: Self.batchSize - 1, before: deadline)
            store(batch, in: db, merger: merger, summary: &summary, failure: failure)
            progress(summary.total)
        }
        return summary
    }

    /// A worker's loop: take a path, read, hash, skip if known, extract, hand over.
    private static func work(paths: BlockingQueue<InputItem>, outcomes: BlockingQueue<Outcome>, databasePath: String) {
        WorkerPriority.lowerForCurrentThread()
        let extractor = Extractor()
        let reader = try? Database(path: databasePath, configuration: .init(mode: .readOnly))
        defer { reader?.close() }
        let store = reader.map(ArticleStore.init)
        while let item = paths.take() {
            let path: String
            let read: Result<[UInt8], ArticleFile.Failure>
            switch item {
            case .skipped(let skipped):
                outcomes.put(.skipped(path: skipped))
                continue
            case .standardInput:
                path = "-"
                read = ArticleFile.readStandardInput()
            case .file(let file):
                path = file
                read = ArticleFile.read(file)
            }
            switch read {
            case .failure(let reason):
                outcomes.put(.failed(path: path, reason: reason.description))
            case .success(let bytes):
                let hash = ContentHash(of: bytes)
                if let store, (try? store.contains(hash: hash)) == true {
                    // Stored already: only the path is added (the empty extraction is not used).
                    let known = ArticleExtraction(published: nil, source: nil, title: nil, text: "", meetings: [])
                    outcomes.put(
                        .article(
                            NewArticle(path: path, hash: hash, extraction: known, extractorVersion: Extractor.version)))
                    continue
                }
                let extraction = extractor.extract(bytes, format: InputFormat.named(by: path))
                outcomes.put(
                    .article(
                        NewArticle(
                            path: path, hash: hash, extraction: extraction, extractorVersion: Extractor.version,
                            raw: bytes)))
            }
        }
    }

    /// The writer's step for a batch of outcomes: one transaction for the whole batch, tried
    /// again while another process holds the database. When an article fails, the batch is
    /// rolled back and stored again with a savepoint per article, so the others still land.
    private func store(
        _ batch: [Outcome], in db: Database, merger: EventMerger, summary: inout IngestSummary,
        failure: (String) -> Void
    ) {
        var articles: [NewArticle] = []
        for outcome in batch {
            switch outcome {
            case .skipped: summary.skipped += 1
            case .failed(let path, let reason):
                summary.failed += 1
                failure("\(path): \(reason)")
            case .article(let article): articles.append(article)
            }
        }
        guard !articles.isEmpty else { return }
        let merge = { (article: NewArticle, outcome: SaveOutcome) throws in
            if case .inserted(let id, let meetings) = outcome { try merger.merge(meetings, of: article, storedAs: id) }
        }
        var attempt = 0
        var savepoints = false
        while true {
            do {
                let results: [Result<SaveOutcome, any Error>]
                if savepoints {
                    results = try ArticleStore(db).save(batch: articles, afterEach: merge)
                    // An article rolled back may have been merged: what the merger read is stale.
                    if results.contains(where: { if case .failure = $0 { true } else { false } }) {
                        merger.forgetReports()
                    }
                } else {
                    results = try ArticleStore(db).saveAll(articles, afterEach: merge).map { .success($0) }
                }
                for (article, result) in zip(articles, results) {
                    switch result {
                    case .success(.inserted): summary.landed += 1
                    case .success(.alreadyKnown): summary.known += 1
                    case .failure(let error):
                        summary.failed += 1
                        failure("\(article.path): cannot store: \(Self.words(error))")
                    }
                }
                return
            } catch let error as DatabaseError where error.primaryCode == DatabaseError.busy && attempt < Self.retries {
                merger.forgetReports()
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            } catch let error as DatabaseError where error.primaryCode == DatabaseError.busy {
                merger.forgetReports()
                summary.failed += articles.count
                for article in articles { failure("\(article.path): cannot store: \(Self.words(error))") }
                return
            } catch  where !savepoints {
                // One article could not be stored, and the batch rolled back with it.
                merger.forgetReports()
                savepoints = true
            } catch {
                merger.forgetReports()
                summary.failed += articles.count
                for article in articles { failure("\(article.path): cannot store: \(Self.words(error))") }
                return
            }
        }
    }

    private static func words(_ error: any Error) -> String {
        (error as? any UserFacingError)?.plainDescription ?? String(describing: error)
    }
}

/// Counts running workers down; the last one to finish is told so.
///
/// `@unchecked Sendable`: the count is only touched under `lock`.
private final class WorkerCount: @unchecked Sendable {
    private let lock = NSLock()
    private var running: Int

    init(_ running: Int) { self.running = running }

    /// Whether the caller was the last worker running.
    func finishOne() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        running -= 1
        return running == 0
    }
}
