/// An error SQLite reported, with what the user needs to understand it.
///
/// Its description reads ``SQLite error 19: UNIQUE constraint failed: articles.hash - while
/// executing `INSERT INTO articles ...` ``.
public struct DatabaseError: Error, Equatable, Sendable {
    /// SQLite's extended result code.
    public let extendedCode: Int32
    /// SQLite's own message.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT` ...), without the extended bits.
    public var primaryCode: Int32 { extendedCode & 0xFF }
}

extension DatabaseError: CustomStringConvertible {
    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
