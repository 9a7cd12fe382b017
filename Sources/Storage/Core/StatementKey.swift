/// The SQL text of a statement a connection runs often, with its hash taken once: finding the
/// prepared statement in the connection's cache then hashes one number instead of the whole
/// text. Keep a key in a `static let`; a key made for each call hashes its text each time.
///
///     static let addPath = StatementKey("INSERT OR IGNORE INTO article_paths(article_id, path) VALUES (?, ?)")
///     try db.execute(Self.addPath, [id.databaseValue, .text(path)])
public struct StatementKey: Hashable, Sendable {
    /// The statement's SQL text.
    public let sql: String
    /// `sql`'s hash, valid for this process (Swift seeds its hashes per process, like the cache).
    private let digest: Int

    /// The key of `sql`.
    public init(_ sql: String) {
        self.sql = sql
        digest = sql.hashValue
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    public static func == (lhs: StatementKey, rhs: StatementKey) -> Bool {
        lhs.digest == rhs.digest && lhs.sql == rhs.sql
    }
}
