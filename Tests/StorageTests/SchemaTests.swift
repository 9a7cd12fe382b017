import Extraction
import Foundation
import Testing

@testable import Storage

@Suite("Schema creation and migration")
struct SchemaTests {
    @Test("the embedded schema is schema.sql byte for byte (run `make schema` after editing it)")
    func embeddedEqualsFile() throws {
        let file = try String(contentsOf: repositoryRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        #expect(Schema.sql == file)
    }

    @Test("a new file gets the current schema; opening it again finds it up to date")
    func createThenUpToDate() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path("new.db"))
        #expect(try Schema.prepare(db) == .created(version: 4))
        #expect(try Schema.version(of: db) == 4)
        db.close()
        #expect(try Schema.prepare(Database(path: folder.path("new.db"))) == .upToDate(version: 4))
    }

    @Test("the version-1 fixture migrates in place and keeps every row")
    func migratesFixture() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.db")
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Tests/StorageTests/Fixtures/schema-v1.db").path,
            toPath: path)
        let db = try Database(path: path)
        #expect(try Schema.version(of: db) == 1)
        #expect(try Schema.prepare(db) == .migrated(from: 1, to: 4))

        let articles = ArticleStore(db)
        #expect(try articles.count() == 2)
        let first = try articles.article(id: ArticleID(1))!
        #expect(first.paths == ["wire/a.txt"])
        #expect(first.extractorVersion == 0)
        #expect(try articles.articles(extractedBefore: 1).map(\.id) == [ArticleID(1), ArticleID(2)])
        let meetings = try MeetingStore(db).meetings(of: ArticleID(1))
        #expect(meetings.map(\.meeting.countries) == [["LA", "VN"]])
        #expect(
            meetings.map(\.meeting.evidence)
                == [[Evidence(field: .kind, value: "talks", text: "talks", span: Span(offset: 40, length: 5))]])
        let events = try EventStore(db).events(matching: EventFilter(text: "smuggling"))
        #expect(events.map(\.articlePaths) == [["wire/a.txt"]])
        #expect(try db.fetchOne("PRAGMA foreign_key_check") == nil)
    }

    @Test("a migrated file has the same tables, columns and indexes as a new one")
    func migratedMatchesNew() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("old.db")
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Tests/StorageTests/Fixtures/schema-v1.db").path,
            toPath: path)
        let migrated = try Database(path: path)
        try Schema.prepare(migrated)
        let fresh = try folder.preparedDatabase("new.db")
        #expect(try shape(of: migrated) == shape(of: fresh))
    }

    @Test("a file from a newer sectrack is refused and left alone")
    func newerRefused() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        try Schema.setVersion(7, of: db)
        let error = #expect(throws: SchemaError.self) { try Schema.prepare(db) }
        #expect(error == .newerThanKnown(found: 7, known: 4))
        #expect(
            error?.plainDescription
                == "database schema version 7 is newer than this sectrack knows (4); use a newer sectrack")
        #expect(try Schema.version(of: db) == 7)
    }

    @Test("an SQLite file with other tables is not a sectrack database")
    func foreignDatabase() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path("other.db"))
        try db.execute("CREATE TABLE recipes(name TEXT)")
        #expect(throws: SchemaError.notSectrackDatabase) { try Schema.prepare(db) }
        #expect(try db.fetchOne("SELECT count(*) FROM sqlite_master")![0] as Int == 1)
    }

    /// Every table's columns and every index's columns, by name: what a query can rely on.
    private func shape(of db: Database) throws -> [String] {
        let objects = try db.fetchAll(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        return try objects.map { object in
            let type: String = object[0]
            let name: String = object[1]
            let columns: [Row] =
                switch type {
                case "table": try db.makeStatement("SELECT * FROM pragma_table_xinfo(?)").fetchAll([.text(name)])
                case "index": try db.makeStatement("SELECT * FROM pragma_index_xinfo(?)").fetchAll([.text(name)])
                default: []
                }
            return "\(type) \(name): \(columns.map { $0.values.map { "\($0)" }.joined(separator: ",") })"
        }
    }
}
