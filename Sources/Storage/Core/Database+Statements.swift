internal import CSQLite

extension Database {
    /// Runs one statement with bound `arguments`, discarding any rows. The statement is cached.
    ///
    ///     try db.execute("UPDATE events SET city = ? WHERE id = ?", [.text("Vientiane"), .integer(7)])
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func execute(_ sql: String, _ arguments: [DatabaseValue] = []) throws(DatabaseError) {
        try cachedStatement(sql).execute(arguments)
    }

    /// Runs one query with bound `arguments` and returns every row. The statement is cached.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func fetchAll(_ sql: String, _ arguments: [DatabaseValue] = []) throws(DatabaseError) -> [Row] {
        try cachedStatement(sql).fetchAll(arguments)
    }

    /// The first row of a query, or `nil` when it yields none.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func fetchOne(_ sql: String, _ arguments: [DatabaseValue] = []) throws(DatabaseError) -> Row? {
        try fetchAll(sql, arguments).first
    }

    /// Runs the statement `key` names with bound `arguments`, discarding any rows; the
    /// statement is found in the cache by the key's hash (``StatementKey``).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func execute(_ key: StatementKey, _ arguments: [DatabaseValue] = []) throws(DatabaseError) {
        try cachedStatement(key).execute(arguments)
    }

    /// The rows of the query `key` names, with bound `arguments` (``StatementKey``).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func fetchAll(_ key: StatementKey, _ arguments: [DatabaseValue] = []) throws(DatabaseError) -> [Row] {
        try cachedStatement(key).fetchAll(arguments)
    }

    /// The first row of the query `key` names, or `nil` when it yields none.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func fetchOne(_ key: StatementKey, _ arguments: [DatabaseValue] = []) throws(DatabaseError) -> Row? {
        try fetchAll(key, arguments).first
    }

    /// Runs several `;`-separated statements that take no arguments, such as ``Schema/sql``.
    /// Nothing is cached.
    ///
    /// See <https://www.sqlite.org/c3ref/exec.html>.
    /// - throws: ``DatabaseError`` naming the script when a statement fails.
    public func executeScript(_ sql: String) throws(DatabaseError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw DatabaseError(connection: handle, code: code, sql: sql) }
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last `INSERT`, `UPDATE` or `DELETE` changed.
    public var changedRowCount: Int { Int(sqlite3_changes64(handle)) }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
