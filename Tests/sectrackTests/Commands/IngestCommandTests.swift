import ArgumentParser
import Foundation
import Storage
import Testing

@testable import sectrack

@Suite("sectrack ingest")
struct IngestCommandTests {
    /// Ingests each folder into `db` on its own thread, all at once; the outcomes in finishing order.
    private static func ingestAtOnce(_ folders: [String], db: String) -> [Result<IngestSummary, any Error>] {
        let results = Results()
        let group = DispatchGroup()
        for path in folders {
            DispatchQueue.global().async(group: group) {
                let outcome = Result {
                    try IngestPipeline(databasePath: db, workers: 1).run(
                        InputWalker(arguments: [path]), failure: { _ in }, progress: { _ in })
                }
                results.append(outcome)
            }
        }
        group.wait()
        return results.all
    }

    private func ingest(_ paths: [String], db: String) throws -> (IngestSummary, [String]) {
        var failures: [String] = []
        let summary = try IngestPipeline(databasePath: db, workers: 2).run(
            InputWalker(arguments: paths), failure: { failures.append($0) }, progress: { _ in })
        return (summary, failures)
    }

    @Test("bad files get one line each, the good ones land, the summary counts both")
    func badFilesBesideGoodOnes() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", wireStory("Vientiane", "March 4, 2021"))
        try scratch.write("in/sub/b.html", "<html><body><p>\(wireStory("Hanoi", "May 2, 2021"))</p></body></html>")
        try scratch.write("in/empty.txt", "")
        try scratch.write("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        try scratch.write("in/notes.pdf", "not an article")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("in/gone.txt"), withDestinationPath: scratch.path("nowhere.txt"))
        let (summary, failures) = try ingest([scratch.path("in")], db: scratch.path("t.db"))
        #expect(summary == IngestSummary(landed: 2, known: 0, skipped: 1, failed: 3))
        #expect(
            Set(failures) == [
                "\(scratch.path("in/empty.txt")): empty file",
                "\(scratch.path("in/image.txt")): not text (binary content)",
                "\(scratch.path("in/gone.txt")): dangling symbolic link",
            ])
        let command = try #require(
            try Sectrack.parseAsRoot(["ingest", "--quiet", "--db", scratch.path("u.db"), scratch.path("in")])
                as? IngestCommand)
        #expect(throws: ExitCode.failure) { try command.run() }
    }

    @Test("ingesting again changes nothing; the same content under another path is known, its path remembered")
    func idempotent() throws {
        let scratch = try Scratch()
        let a = try scratch.write("a.txt", wireStory("Vientiane", "March 4, 2021"))
        let copy = try scratch.write("copy/a-again.txt", wireStory("Vientiane", "March 4, 2021"))
        let db = scratch.path("t.db")
        let first = try ingest([a], db: db)
        #expect(first.0 == IngestSummary(landed: 1))
        let before = try snapshot(db)
        let second = try ingest([a, copy], db: db)
        #expect(second.0 == IngestSummary(landed: 0, known: 2))
        #expect(try snapshot(db) == before)
        let paths = try Database(path: db).fetchAll("SELECT path FROM article_paths ORDER BY path").map {
            $0[0] as String
        }
        #expect(paths == [a, copy])
    }

    @Test("an article the database refuses fails alone: the rest of its batch lands, merged as without it")
    func refusedArticleInBatch() throws {
        let scratch = try Scratch()
        for index in 0..<6 {
            try scratch.write("in/\(index).txt", wireStory("Vientiane", "March \(index + 1), 2021", "Story \(index)."))
        }
        let refused = try scratch.write("in/refused.txt", wireStory("Hanoi", "May 2, 2021"))
        let db = scratch.path("t.db")
        _ = try ingest([], db: db)
        try Database(path: db).executeScript(
            """
            CREATE TRIGGER refuse BEFORE INSERT ON article_paths WHEN new.path LIKE '%refused%'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        let (summary, failures) = try ingest([scratch.path("in")], db: db)
        #expect(summary == IngestSummary(landed: 6, failed: 1))
        #expect(failures.count == 1 && failures[0].hasPrefix("\(refused): cannot store:"), "\(failures)")
        let stored = try Database(path: db)
        #expect(try ArticleStore(stored).count() == 6)
        let reports: Int = try stored.fetchOne("SELECT count(*) FROM event_reports")![0]
        let meetings: Int = try stored.fetchOne("SELECT count(*) FROM meetings")![0]
        #expect(reports == meetings, "every stored meeting reports an event")
    }

    @Test("a file larger than the limit is refused with its size")
    func sizeLimit() throws {
        let scratch = try Scratch()
        let big = try scratch.write("big.txt", [UInt8](repeating: 0x61, count: ArticleFile.sizeLimit + 1))
        #expect(ArticleFile.read(big) == .failure(.tooLarge(ArticleFile.sizeLimit + 1)))
        #expect(ArticleFile.read(scratch.path("missing.txt")) == .failure(.missing))
    }

    @Test("two ingests at once on one database both succeed")
    func concurrentIngests() throws {
        let scratch = try Scratch()
        for index in 0..<12 {
            try scratch.write("one/\(index).txt", wireStory("Vientiane", "March \(index + 1), 2021", "Story \(index)."))
            try scratch.write("two/\(index).txt", wireStory("Hanoi", "May \(index + 1), 2021", "Report \(index)."))
        }
        let db = scratch.path("t.db")
        _ = try ingest([], db: db)
        let summaries = try Self.ingestAtOnce([scratch.path("one"), scratch.path("two")], db: db).map { try $0.get() }
        #expect(summaries.map(\.landed) == [12, 12])
        #expect(try ArticleStore(Database(path: db)).count() == 24)
    }

    @Test("two ingests at once, each merging reports of the other's meetings, give the events of one ingest")
    func concurrentIngestsMerge() throws {
        let scratch = try Scratch()
        // More than one batch each, so each ingest's merger has read reports before the other writes.
        let count = IngestPipeline.batchSize + 50
        for index in 0..<count {
            let city = ["Vientiane", "Hanoi", "Phnom Penh", "Bangkok", "Yangon"][index % 5]
            let months = ["January", "March", "May", "July", "September", "November"]
            let date = "\(months[index / 28 % 6]) \(index % 28 + 1), \(2000 + index / 168)"
            try scratch.write("one/\(index).txt", wireStory(city, date, "Story \(index)."))
            try scratch.write("two/\(index).txt", wireStory(city, date, "Report \(index), told again."))
        }
        let together = scratch.path("together.db")
        _ = try IngestPipeline(databasePath: together, workers: 2).run(
            InputWalker(arguments: [scratch.path("one"), scratch.path("two")]), failure: { _ in }, progress: { _ in })
        let apart = scratch.path("apart.db")
        _ = try ingest([], db: apart)
        let outcomes = Self.ingestAtOnce([scratch.path("one"), scratch.path("two")], db: apart)
        #expect(try outcomes.map { try $0.get().landed } == [count, count])
        let events = { (path: String) throws -> [[String]] in
            try EventListing(Database(path: path)).items().map(\.articlePaths).sorted {
                $0.lexicographicallyPrecedes($1)
            }
        }
        let merged = try events(together)
        #expect(merged.count == count, "each story and its retelling are one event")
        #expect(try events(apart) == merged)
        // The writer checks no foreign keys while it stores: every key it wrote still refers to a row.
        for path in [together, apart] {
            #expect(try Database(path: path).fetchAll("PRAGMA foreign_key_check").isEmpty)
        }
    }

    @Test("standard input is one article named -")
    func walkerNamesStandardInput() {
        let items = InputWalker(arguments: ["-"]).map { item -> String in
            if case .standardInput = item { return "stdin" }
            return "other"
        }
        #expect(items == ["stdin"])
    }

    private func snapshot(_ path: String) throws -> [String] {
        let db = try Database(path: path)
        defer { db.close() }
        return try ["articles", "meetings", "events", "event_reports", "event_countries"].map { table in
            let count: Int = try db.fetchOne("SELECT count(*) FROM \(table)")![0]
            return "\(table) \(count)"
        }
    }
}

/// Collects results from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<IngestSummary, any Error>] = []

    func append(_ item: Result<IngestSummary, any Error>) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [Result<IngestSummary, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
