internal import CSQLite
import Foundation

/// One prepared SQL statement, finalized when released.
///
/// Not `Sendable`: a statement belongs to its ``Database`` connection and its thread.
/// Values are always bound, never spliced into the SQL text.
///
///     let statement = try db.cachedStatement("SELECT title FROM articles WHERE id = ?")
///     let rows = try statement.fetchAll([.integer(1)])
///
/// See <https://www.sqlite.org/c3ref/stmt.html>.
public final class Statement {
    /// The SQL text the statement was prepared from.
    public let sql: String
    /// The result column names, in order (read once when prepared, shared by every row).
    public let columnNames: [String]
    private let handle: OpaquePointer
    private let connection: OpaquePointer

    init(sql: String, connection: OpaquePointer, persistent: Bool) throws(DatabaseError) {
        var prepared: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        // `tail` points into the C string, so it is read inside the closure that owns it.
        let (code, rest) = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection, text, -1, flags, &prepared, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK, let prepared else {
            throw DatabaseError(connection: connection, code: code, sql: sql)
        }
        precondition(
            rest.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x3B },
            "one statement per prepare; use executeScript for several: \(sql)")
        self.sql = sql
        self.handle = prepared
        self.connection = connection
        self.columnNames = (0..<sqlite3_column_count(prepared)).map {
            String(cString: sqlite3_column_name(prepared, $0))
        }
    }

    deinit { sqlite3_finalize(handle) }

    /// How many `?` parameters the statement takes.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Runs the statement to completion, discarding any rows.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails (busy, constraint, I/O ...).
    public func execute(_ arguments: [DatabaseValue] = []) throws(DatabaseError) {
        try run(arguments) { _ in }
    }

    /// Runs the statement and returns every row.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func fetchAll(_ arguments: [DatabaseValue] = []) throws(DatabaseError) -> [Row] {
        var rows: [Row] = []
        let names = columnNames
        try run(arguments) { handle in rows.append(Row(columns: names, values: Self.readRow(handle))) }
        return rows
    }

    /// Binds `arguments`, steps through every row calling `body`, and resets the statement
    /// (also when it fails) so a cached statement is ready for its next use.
    ///
    /// The bytes of every text and blob argument are laid end to end in one buffer that SQLite
    /// reads where it lies (`SQLITE_STATIC`) instead of copying each value: the buffer is valid
    /// for the whole closure, and the statement is reset and its bindings cleared before the
    /// closure ends, so SQLite never holds a pointer into it afterwards.
    private func run(_ arguments: [DatabaseValue], _ body: (OpaquePointer) -> Void) throws(DatabaseError) {
        // A wrong argument count is a bug in our own code, so it traps.
        precondition(
            arguments.count == parameterCount,
            "\(arguments.count) arguments for \(parameterCount) parameters in `\(sql)`")
        let payload = Self.payload(of: arguments)
        try payload.withUnsafeBufferPointer { (buffer) throws(DatabaseError) in
            try buffer.withMemoryRebound(to: CChar.self) { (chars) throws(DatabaseError) in
                defer {
                    sqlite3_reset(handle)
                    sqlite3_clear_bindings(handle)
                }
                try bind(arguments, bytes: chars)
                while true {
                    let code = sqlite3_step(handle)
                    switch code {
                    case SQLITE_ROW: body(handle)
                    case SQLITE_DONE: return
                    default: throw DatabaseError(connection: connection, code: code, sql: sql)
                    }
                }
            }
        }
    }

    /// The UTF-8 of every text argument and the bytes of every blob, in argument order.
    /// Each value's bytes are copied at once (not byte by byte) into a buffer sized up front.
    private static func payload(of arguments: [DatabaseValue]) -> [UInt8] {
        var size = 0
        for value in arguments {
            switch value {
            case .text(let text): size += text.utf8.count
            case .blob(let bytes): size += bytes.count
            case .null, .integer, .real: continue
            }
        }
        var payload: [UInt8] = []
        payload.reserveCapacity(size)
        for value in arguments {
            switch value {
            case .text(let text):
                if text.utf8.withContiguousStorageIfAvailable({ payload.append(contentsOf: $0) }) == nil {
                    payload.append(contentsOf: text.utf8)
                }
            case .blob(let bytes): bytes.withUnsafeBytes { payload.append(contentsOf: $0) }
            case .null, .integer, .real: continue
            }
        }
        return payload
    }

    /// Binds `arguments`, whose text and blob bytes `bytes` holds in order (``payload(of:)``).
    /// An empty text is bound as a copy of "": a pointer to no bytes is not one SQLite keeps.
    private func bind(_ arguments: [DatabaseValue], bytes: UnsafeBufferPointer<CChar>) throws(DatabaseError) {
        var offset = 0
        for (position, value) in arguments.enumerated() {
            let index = Int32(position + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                let count = text.utf8.count
                code =
                    count == 0
                    ? sqlite3_bind_text(handle, index, "", 0, sectrack_sqlite_transient())
                    : sqlite3_bind_text(handle, index, bytes.baseAddress! + offset, Int32(count), nil)
                offset += count
            case .blob(let data):
                code =
                    data.isEmpty
                    ? sqlite3_bind_zeroblob(handle, index, 0)
                    : sqlite3_bind_blob(handle, index, bytes.baseAddress! + offset, Int32(data.count), nil)
                offset += data.count
            }
            guard code == SQLITE_OK else { throw DatabaseError(connection: connection, code: code, sql: sql) }
        }
    }

    private static func readRow(_ handle: OpaquePointer) -> [DatabaseValue] {
        (0..<sqlite3_column_count(handle)).map { column in
            switch sqlite3_column_type(handle, column) {
            case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT: .real(sqlite3_column_double(handle, column))
            case SQLITE_TEXT:
                .text(
                    String(
                        decoding: UnsafeBufferPointer(
                            start: sqlite3_column_text(handle, column),
                            count: Int(sqlite3_column_bytes(handle, column))),
                        as: UTF8.self))
            case SQLITE_BLOB:
                .blob(
                    sqlite3_column_bytes(handle, column) == 0
                        ? Data()
                        : Data(
                            bytes: sqlite3_column_blob(handle, column)!,
                            count: Int(sqlite3_column_bytes(handle, column))))
            default: .null
            }
        }
    }
}
