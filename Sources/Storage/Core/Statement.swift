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
    /// SQLite reads every text and blob argument where it lies (`SQLITE_STATIC`) instead of
    /// copying it: each value lends its bytes to a closure inside which the later arguments are
    /// bound and the statement runs (``bind(_:from:thenRun:)``), and the statement is reset and
    /// its bindings cleared before the innermost closure ends, so SQLite never holds a pointer
    /// to bytes no longer lent.
    private func run(_ arguments: [DatabaseValue], _ body: (OpaquePointer) -> Void) throws(DatabaseError) {
        // A wrong argument count is a bug in our own code, so it traps.
        precondition(
            arguments.count == parameterCount,
            "\(arguments.count) arguments for \(parameterCount) parameters in `\(sql)`")
        do throws(DatabaseError) {
            try bind(arguments, from: 0) { () throws(DatabaseError) in
                defer {
                    sqlite3_reset(handle)
                    sqlite3_clear_bindings(handle)
                }
                while true {
                    let code = sqlite3_step(handle)
                    switch code {
                    case SQLITE_ROW: body(handle)
                    case SQLITE_DONE: return
                    default: throw DatabaseError(connection: connection, code: code, sql: sql)
                    }
                }
            }
        } catch {
            // A value that failed to bind left the statement unstepped: clear what was bound.
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            throw error
        }
    }

    /// Binds `arguments` from `position` on, then calls `run`. Numbers and nulls are bound in
    /// turn; a text or blob is bound in place, inside the closure that lends its bytes, and the
    /// arguments after it (and `run`) are bound and called from within that closure, so every
    /// pointer bound is valid while the statement runs. An empty text is bound as a copy of "":
    /// a pointer to no bytes is not one SQLite keeps.
    private func bind(
        _ arguments: [DatabaseValue], from position: Int, thenRun run: () throws(DatabaseError) -> Void
    ) throws(DatabaseError) {
        var position = position
        while position < arguments.count {
            let index = Int32(position + 1)
            switch arguments[position] {
            case .null: try check(sqlite3_bind_null(handle, index))
            case .integer(let number): try check(sqlite3_bind_int64(handle, index, number))
            case .real(let number): try check(sqlite3_bind_double(handle, index, number))
            case .text(var text):
                try Self.lending {
                    try text.withUTF8 { bytes in
                        try check(
                            bytes.isEmpty
                                ? sqlite3_bind_text(handle, index, "", 0, sectrack_sqlite_transient())
                                : sqlite3_bind_text(
                                    handle, index,
                                    UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                    Int32(bytes.count), nil))
                        try bind(arguments, from: position + 1, thenRun: run)
                    }
                }
                return
            case .blob(let data):
                try Self.lending {
                    try data.withUnsafeBytes { bytes in
                        try check(
                            bytes.isEmpty
                                ? sqlite3_bind_zeroblob(handle, index, 0)
                                : sqlite3_bind_blob(handle, index, bytes.baseAddress!, Int32(bytes.count), nil))
                        try bind(arguments, from: position + 1, thenRun: run)
                    }
                }
                return
            }
            position += 1
        }
        try run()
    }

    /// Throws the error of a bind call that failed.
    private func check(_ code: Int32) throws(DatabaseError) {
        guard code == SQLITE_OK else { throw DatabaseError(connection: connection, code: code, sql: sql) }
    }

    /// Runs `body`, which lends a value's bytes through a standard library call whose errors
    /// are untyped; the only ones thrown inside are ``DatabaseError``s, rethrown as such.
    private static func lending(_ body: () throws -> Void) throws(DatabaseError) {
        do {
            try body()
        } catch let error as DatabaseError {
            throw error
        } catch {
            preconditionFailure("only database errors are thrown while binding: \(error)")
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
