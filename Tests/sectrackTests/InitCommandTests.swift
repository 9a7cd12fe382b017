import Foundation
import Storage
import Testing

@testable import sectrack

@Suite("sectrack init")
struct InitCommandTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sectrack-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("init creates the database, then finds it up to date")
    func createsThenUpToDate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.db").path
        let command = try #require(try Sectrack.parseAsRoot(["init", "--db", path]) as? InitCommand)
        try command.run()
        try command.run()
        let db = try Database(path: path)
        #expect(try Schema.version(of: db) == Schema.currentVersion)
    }

    @Test(
        "each schema change reads as the words init prints",
        arguments: [
            (SchemaChange.created(version: 2), "created"),
            (.migrated(from: 1, to: 2), "migrated from 1"),
            (.upToDate(version: 2), "up to date"),
        ])
    func describe(change: SchemaChange, words: String) {
        #expect(InitCommand.describe(change) == words)
    }

    @Test("a file that is not a database fails with one plain line")
    func notADatabase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.db").path
        try Data(String(repeating: "plain text, not SQLite. ", count: 20).utf8).write(to: URL(fileURLWithPath: path))
        let command = try #require(try Sectrack.parseAsRoot(["init", "--db", path]) as? InitCommand)
        let error = #expect(throws: DatabaseFailure.self) { try command.run() }
        #expect(error?.errorDescription == "\(path): file is not a sectrack database")
    }
}
