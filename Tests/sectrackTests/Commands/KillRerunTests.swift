import Foundation
import Storage
import Testing

@testable import sectrack

/// A real `sectrack ingest` process killed with SIGKILL part way through, then run again.
@Suite("sectrack ingest killed and run again")
struct KillRerunTests {
    /// The `sectrack` executable built beside the test bundle.
    private static var executable: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("sectrack")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test("after a kill every stored article is whole, and running again gives what one clean run gives")
    func killAndRerun() throws {
        let executable = try #require(Self.executable, "the sectrack executable is built beside the tests")
        let scratch = try Scratch()
        let articles = 600
        for index in 0..<articles {
            let city = ["Vientiane", "Hanoi", "Phnom Penh", "Bangkok"][index % 4]
            let month = ["March", "May", "July", "October"][index / 4 % 4]
            try scratch.write(
                "in/\(index).txt", wireStory(city, "\(month) \(index % 28 + 1), \(2000 + index % 20)", "Item \(index).")
            )
        }
        let folder = scratch.path("in")
        let clean = scratch.path("clean.db")
        _ = try IngestPipeline(databasePath: clean, workers: 2).run(
            InputWalker(arguments: [folder]), failure: { _ in }, progress: { _ in })

        let killed = scratch.path("killed.db")
        _ = try IngestPipeline(databasePath: killed, workers: 1).run(
            InputWalker(arguments: []), failure: { _ in }, progress: { _ in })
        let process = Process()
        process.executableURL = executable
        process.arguments = ["ingest", "--quiet", "--db", killed, folder]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watcher = try Database(path: killed)
        while process.isRunning, try Self.count("articles", in: watcher) == 0 { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        watcher.close()

        let afterKill = try Database(path: killed)
        let integrity: String = try afterKill.fetchOne("PRAGMA integrity_check")![0]
        #expect(integrity == "ok")
        #expect(try afterKill.fetchAll("PRAGMA foreign_key_check").isEmpty)
        let stored = try Self.count("articles", in: afterKill)
        #expect(stored < articles, "the kill came after the whole ingest; the test needs a bigger corpus")
        let reference = try Database(path: clean)
        let partial = try Self.meetingsPerArticle(afterKill)
        let complete = try Self.meetingsPerArticle(reference)
        for (hash, meetings) in partial { #expect(complete[hash] == meetings, "article \(hash) is not whole") }
        afterKill.close()

        let rerun = try IngestPipeline(databasePath: killed, workers: 2).run(
            InputWalker(arguments: [folder]), failure: { _ in }, progress: { _ in })
        #expect(rerun.landed + rerun.known == articles)
        #expect(rerun.known == stored)
        let finished = try Database(path: killed)
        for table in ["articles", "meetings", "events", "event_topics", "event_reports", "event_countries"] {
            #expect(try Self.count(table, in: finished) == Self.count(table, in: reference), "\(table)")
        }
    }

    private static func count(_ table: String, in db: Database) throws -> Int {
        try db.fetchOne("SELECT count(*) FROM \(table)")![0]
    }

    /// Meetings and bytes of evidence stored for each article, by content hash.
    private static func meetingsPerArticle(_ db: Database) throws -> [String: String] {
        let rows = try db.fetchAll(
            """
            SELECT a.hash, (SELECT count(*) FROM meetings m WHERE m.article_id = a.id),
                (SELECT coalesce(sum(length(m.evidence)), 0) FROM meetings m WHERE m.article_id = a.id)
            FROM articles a
            """)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, "\($0[1] as Int)/\($0[2] as Int)") })
    }
}
