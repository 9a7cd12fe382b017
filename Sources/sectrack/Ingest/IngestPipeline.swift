import Extraction
import Foundation
import Storage

/// Reads, extracts and stores articles: one walker thread streams the paths, one extraction
/// worker per core reads, hashes and extracts, and the calling thread is the one writer,
/// saving each article with its meetings and event links in one transaction.
///
/// Queues between the stages are bounded, so memory stays flat whatever the corpus size.
struct IngestPipeline {
    let databasePath: String
    let workers: Int
    /// How often a transaction that found the database busy is tried again.
    static let retries = 8

    /// What a worker hands to the writer.
    enum Outcome: Sendable {
        case extracted(path: String, hash: ContentHash, extraction: ArticleExtraction)
        case known(path: String, hash: ContentHash)
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
            try db.execute("PRAGMA synchronous = NORMAL")
            return db
        }
        defer { db.close() }
        let paths = BlockingQueue<InputItem>(capacity: 256)
        let outcomes = BlockingQueue<Outcome>(capacity: workers * 4)
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
        while let outcome = outcomes.take() {
            store(outcome, in: db, summary: &summary, failure: failure)
            progress(summary.total)
        }
        return summary
    }

    /// A worker's loop: take a path, read, hash, skip if known, extract, hand over.
    private static func work(paths: BlockingQueue<InputItem>, outcomes: BlockingQueue<Outcome>, databasePath: String) {
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
                    outcomes.put(.known(path: path, hash: hash))
                    continue
                }
                let lower = path.lowercased()
                let format: InputFormat? = lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? .html : nil
                outcomes.put(.extracted(path: path, hash: hash, extraction: extractor.extract(bytes, format: format)))
            }
        }
    }

    /// The writer's step for one outcome.
    private func store(_ outcome: Outcome, in db: Database, summary: inout IngestSummary, failure: (String) -> Void) {
        let article: NewArticle
        switch outcome {
        case .skipped:
            summary.skipped += 1
            return
        case .failed(let path, let reason):
            summary.failed += 1
            failure("\(path): \(reason)")
            return
        case .known(let path, let hash):
            // Stored already: only the path is added (the extraction is not used).
            article = NewArticle(
                path: path, hash: hash,
                extraction: ArticleExtraction(published: nil, source: nil, title: nil, text: "", meetings: []),
                extractorVersion: Extractor.version)
        case .extracted(let path, let hash, let extraction):
            article = NewArticle(path: path, hash: hash, extraction: extraction, extractorVersion: Extractor.version)
        }
        do {
            switch try Self.save(article, in: db) {
            case .inserted: summary.landed += 1
            case .alreadyKnown: summary.known += 1
            }
        } catch {
            summary.failed += 1
            let words = (error as? any UserFacingError)?.plainDescription ?? String(describing: error)
            failure("\(article.path): cannot store: \(words)")
        }
    }

    /// Saves one article and merges its meetings in one transaction, trying again while
    /// another process holds the database.
    static func save(_ article: NewArticle, in db: Database) throws -> SaveOutcome {
        var attempt = 0
        while true {
            do {
                return try db.transaction {
                    let outcome = try ArticleStore(db).save(article: article)
                    if case .inserted(_, let meetings) = outcome { try EventMerger(db).merge(meetings) }
                    return outcome
                }
            } catch let error as DatabaseError where error.primaryCode == 5 && attempt < retries {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
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
