import Foundation
import Testing

@testable import Storage

@Suite("Opening connections")
struct ConnectionTests {
    @Test("a connection turns on foreign keys and the WAL journal")
    func pragmas() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path("a.db"))
        #expect(try db.fetchOne("PRAGMA foreign_keys")![0] as Int == 1)
        #expect(try db.fetchOne("PRAGMA journal_mode")![0] as String == "wal")
    }

    @Test("a writer waits out the busy timeout, then fails with a clear busy error")
    func busy() throws {
        let folder = try TemporaryDirectory()
        let holder = try folder.preparedDatabase("shared.db")
        let waiter = try Database(
            path: folder.path("shared.db"), configuration: Database.Configuration(busyTimeout: .milliseconds(50)))
        try holder.execute("BEGIN IMMEDIATE")
        defer { try? holder.execute("ROLLBACK") }

        let error = #expect(throws: DatabaseError.self) {
            try waiter.transaction { try waiter.execute("DELETE FROM events") }
        }
        #expect(error?.primaryCode == DatabaseError.busy)
        #expect(error?.description == "SQLite error 5: database is locked - while executing `BEGIN IMMEDIATE`")
        #expect(error?.plainDescription == "database is locked by another process")
        // Readers are not blocked by the writer under WAL.
        #expect(try waiter.fetchOne("SELECT count(*) FROM events")![0] as Int == 0)
    }

    @Test("a file that is not a database fails with a clear error and is left byte for byte")
    func notADatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("notes.db")
        let bytes = Data(String(repeating: "Ministers met in the capital on Tuesday. ", count: 40).utf8)
        try bytes.write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error?.primaryCode == DatabaseError.notADatabase)
        #expect(error?.plainDescription == "file is not a sectrack database")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.db"])
    }

    @Test("a missing folder cannot be opened")
    func missingFolder() throws {
        let folder = try TemporaryDirectory()
        let error = #expect(throws: DatabaseError.self) { try Database(path: folder.path("absent/x.db")) }
        #expect(error?.primaryCode == DatabaseError.cannotOpen)
        #expect(error?.plainDescription == "cannot open the database file (check the path and its folder)")
    }

    @Test("read-only mode refuses to create a file")
    func readOnlyMissing() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: DatabaseError.self) {
            try Database(path: folder.path("absent.db"), configuration: Database.Configuration(mode: .readOnly))
        }
    }

    @Test("a statement used twice is prepared once and served from the cache")
    func statementCache() throws {
        let db = try Database.inMemory()
        let before = db.cachedStatementCount
        let first = try db.cachedStatement("SELECT ? + 1")
        let second = try db.cachedStatement("SELECT ? + 1")
        #expect(first === second)
        #expect(db.cachedStatementCount == before + 1)
        #expect(try first.fetchAll([1])[0][0] as Int == 2)
        #expect(try second.fetchAll([41])[0][0] as Int == 42)
    }

    @Test("SQL that does not compile names itself in the error")
    func badSQL() throws {
        let db = try Database.inMemory()
        let error = #expect(throws: DatabaseError.self) { try db.execute("SELEC 1") }
        #expect(error?.description == "SQLite error 1: near \"SELEC\": syntax error - while executing `SELEC 1`")
    }
}
