import Testing

@testable import Storage

@Suite("Transactions")
struct TransactionTests {
    private struct Failure: Error, Equatable {
        let tag: String
    }

    private func table() throws -> Database {
        let db = try Database.inMemory()
        try db.execute("CREATE TABLE t(v INTEGER NOT NULL) STRICT")
        return db
    }

    private func count(_ db: Database) throws -> Int { try db.fetchOne("SELECT count(*) FROM t")![0] }

    @Test("a body that returns commits and hands back its value")
    func commits() throws {
        let db = try table()
        let value = try db.transaction {
            try db.execute("INSERT INTO t(v) VALUES (?)", [1])
            return "done"
        }
        #expect(value == "done")
        #expect(try count(db) == 1)
        #expect(!db.isInTransaction)
    }

    @Test("a body that throws rolls back and the first error is rethrown")
    func rollsBack() throws {
        let db = try table()
        #expect(throws: Failure(tag: "first")) {
            try db.transaction {
                try db.execute("INSERT INTO t(v) VALUES (?)", [1])
                throw Failure(tag: "first")
            }
        }
        #expect(try count(db) == 0)
        #expect(!db.isInTransaction)
    }

    @Test("an SQLite error inside the body rolls back the earlier statements")
    func constraintRollsBack() throws {
        let db = try table()
        let error = #expect(throws: DatabaseError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t(v) VALUES (?)", [1])
                try db.execute("INSERT INTO t(v) VALUES (?)", [nil])
            }
        }
        #expect(
            error?.description
                == "SQLite error 1299: NOT NULL constraint failed: t.v - while executing `INSERT INTO t(v) VALUES (?)`")
        #expect(try count(db) == 0)
    }

    @Test("a nested transaction is a savepoint: its rollback keeps the outer work")
    func nested() throws {
        let db = try table()
        try db.transaction {
            try db.execute("INSERT INTO t(v) VALUES (?)", [1])
            try? db.transaction {
                try db.execute("INSERT INTO t(v) VALUES (?)", [2])
                throw Failure(tag: "inner")
            }
        }
        let values: [Int] = try db.fetchAll("SELECT v FROM t").map { $0[0] }
        #expect(values == [1])
    }
}
