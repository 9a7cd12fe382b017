/// Prepared statements kept for reuse, keyed by their exact SQL text.
///
/// Statements are prepared with `SQLITE_PREPARE_PERSISTENT`, telling SQLite they will live
/// long. The cache belongs to one connection and dies with it.
///
/// See <https://www.sqlite.org/c3ref/c_prepare_normalize.html>.
final class StatementCache {
    private var statements: [StatementKey: Statement] = [:]

    /// How many distinct statements are cached.
    var count: Int { statements.count }

    /// The cached statement for `key`, prepared by `prepare` from its SQL on first use.
    func statement(
        for key: StatementKey, prepare: (String) throws(DatabaseError) -> Statement
    ) throws(DatabaseError) -> Statement {
        if let cached = statements[key] { return cached }
        let statement = try prepare(key.sql)
        statements[key] = statement
        return statement
    }

    /// Finalizes every cached statement (before the connection closes).
    func removeAll() { statements.removeAll() }
}
