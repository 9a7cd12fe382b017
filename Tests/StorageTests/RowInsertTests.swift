import Testing

@testable import Storage

@Suite("Multi-row inserts")
struct RowInsertTests {
    private let insert = RowInsert(into: "items", columns: ["n", "label"])

    private func database() throws -> Database {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE items (n INTEGER PRIMARY KEY, label TEXT NOT NULL CHECK (label != ''))")
        return db
    }

    @Test("13 rows land in order through three statements: 8, 4 and 1 rows")
    func chunks() throws {
        let db = try database()
        let prepared = db.cachedStatementCount
        try insert.run((1...13).flatMap { [.integer(Int64($0)), .text("row \($0)")] as [DatabaseValue] }, in: db)
        let labels: [String] = try db.fetchAll("SELECT label FROM items ORDER BY n").map { $0[0] }
        #expect(labels == (1...13).map { "row \($0)" })
        #expect(db.cachedStatementCount == prepared + 4, "three inserts and the select")
    }

    @Test("no rows run no statement")
    func empty() throws {
        let db = try database()
        let prepared = db.cachedStatementCount
        try insert.run([], in: db)
        #expect(db.cachedStatementCount == prepared)
    }

    @Test("a row the table refuses fails its statement")
    func refused() throws {
        let db = try database()
        let error = #expect(throws: DatabaseError.self) {
            try insert.run([.integer(1), .text("a"), .integer(2), .text("")], in: db)
        }
        #expect(error?.primaryCode == DatabaseError.constraint)
        #expect(try db.fetchAll("SELECT n FROM items").isEmpty)
    }
}
