extension Database {
    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws and
    /// rethrows that first error (a failing rollback does not hide it).
    ///
    /// At the top level the transaction starts with `BEGIN IMMEDIATE`, taking the write lock at
    /// once, so a busy database fails (after the busy timeout) before any work is done. Inside
    /// another transaction it becomes a savepoint, so stores can call each other freely.
    ///
    ///     try db.transaction {
    ///         try db.execute("INSERT INTO events(kind, status) VALUES (?, ?)", ["summit", "held"])
    ///         try db.execute("INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)", [...])
    ///     }
    ///
    /// See <https://www.sqlite.org/lang_transaction.html> and
    /// <https://www.sqlite.org/lang_savepoint.html>.
    /// - throws: the error `body` threw, or ``DatabaseError`` when beginning or committing fails.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let nested = isInTransaction
        try execute(nested ? "SAVEPOINT sectrack_nested" : "BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            rollBack(nested: nested)
            throw error
        }
        do {
            try execute(nested ? "RELEASE sectrack_nested" : "COMMIT")
        } catch {
            rollBack(nested: nested)
            throw error
        }
        return result
    }

    /// Undoes the transaction's work; its own failure is dropped so the first error wins.
    private func rollBack(nested: Bool) {
        if nested {
            try? execute("ROLLBACK TO sectrack_nested")
            try? execute("RELEASE sectrack_nested")
        } else if isInTransaction {
            try? execute("ROLLBACK")
        }
    }
}
