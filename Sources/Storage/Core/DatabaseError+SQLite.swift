internal import CSQLite

extension DatabaseError {
    /// The error SQLite reports on `connection` for the failing call that returned `code`.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let sameFailure = extended & 0xFF == code & 0xFF
        let message =
            if sameFailure, let connection { String(cString: sqlite3_errmsg(connection)) } else {
                String(cString: sqlite3_errstr(code))
            }
        self.init(extendedCode: sameFailure ? extended : code, message: message, sql: sql)
    }
}
