import Testing

@testable import Storage

@Suite("Database errors")
struct DatabaseErrorTests {
    @Test("the description names the code, the message and the failing SQL")
    func description() {
        let error = DatabaseError(
            extendedCode: 2067, message: "UNIQUE constraint failed: t.x", sql: "INSERT INTO t VALUES (1)")
        #expect(
            error.description
                == "SQLite error 2067: UNIQUE constraint failed: t.x - while executing `INSERT INTO t VALUES (1)`")
        #expect(error.primaryCode == 19)
    }
}
