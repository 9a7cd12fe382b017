internal import CSQLite

/// One connection to an SQLite database file (or to a private in-memory database).
///
/// Opening sets what every sectrack connection needs: extended result codes, foreign keys on,
/// the WAL journal (so readers never wait for the writer) with `synchronous = NORMAL`, and a
/// busy timeout. It does not
/// create or check the schema: call ``Schema/prepare(_:)`` for that.
///
///     let db = try Database(path: "sectrack.db")
///     let change = try Schema.prepare(db)
///
/// Not `Sendable`: use a connection on one thread; open one per thread or process.
/// See <https://www.sqlite.org/c3ref/open.html> and <https://www.sqlite.org/wal.html>.
public final class Database {
    /// How a connection is opened.
    public struct Configuration: Sendable {
        /// How long a statement waits for another connection's lock before failing with
        /// `SQLITE_BUSY`.
        public var busyTimeout: Duration
        /// Whether the file may be created, written, or only read.
        public var mode: OpenMode

        public init(busyTimeout: Duration = .seconds(5), mode: OpenMode = .readWriteCreate) {
            self.busyTimeout = busyTimeout
            self.mode = mode
        }
    }

    /// What the connection may do to the file.
    public enum OpenMode: Sendable {
        /// Read and write, creating the file when missing (`sectrack init`, `ingest`).
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Only read an existing file (queries).
        case readOnly
    }

    /// The path given when opening (`:memory:` for an in-memory database).
    public let path: String
    /// The configuration the connection was opened with.
    public let configuration: Configuration
    private var connection: OpaquePointer?
    private let statementCache = StatementCache()

    /// Opens the database file at `path`.
    ///
    /// A file that exists but is not an SQLite database fails here, before anything is written
    /// to it.
    ///
    /// - throws: ``DatabaseError``: `SQLITE_CANTOPEN` for a missing folder or file,
    ///   `SQLITE_NOTADB` for a file that is not a database, `SQLITE_BUSY` when locked.
    public init(path: String, configuration: Configuration = Configuration()) throws(DatabaseError) {
        self.path = path
        self.configuration = configuration
        Self.configureSQLite
        var opened: OpaquePointer?
        let flags =
            switch configuration.mode {
            case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            case .readWrite: SQLITE_OPEN_READWRITE
            case .readOnly: SQLITE_OPEN_READONLY
            }
        let code = sqlite3_open_v2(path, &opened, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard code == SQLITE_OK, let opened else {
            let error = DatabaseError(connection: opened, code: code, sql: nil)
            sqlite3_close_v2(opened)
            throw error
        }
        connection = opened
        do {
            try configure(opened)
        } catch {
            close()
            throw error
        }
    }

    /// Sets SQLite up for the process once, before its first connection: without memory-use
    /// statistics, which no sectrack code reads and which cost a global lock per allocation.
    ///
    /// See <https://www.sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus>.
    private static let configureSQLite: Void = {
        _ = sectrack_sqlite_disable_memory_statistics()
    }()

    /// Opens a private, empty in-memory database (for tests and scratch work).
    ///
    /// - throws: ``DatabaseError`` when SQLite cannot allocate it.
    public static func inMemory(configuration: Configuration = Configuration()) throws(DatabaseError) -> Database {
        try Database(path: ":memory:", configuration: configuration)
    }

    deinit { close() }

    /// Finalizes the cached statements and closes the connection. Using the database after
    /// closing it traps. Closing twice does nothing.
    public func close() {
        statementCache.removeAll()
        sqlite3_close_v2(connection)
        connection = nil
    }

    /// The live connection; traps after ``close()``, which only our own code can get wrong.
    var handle: OpaquePointer {
        guard let connection else { preconditionFailure("database \(path) used after close()") }
        return connection
    }

    /// The statement for `sql` from this connection's cache, prepared once with
    /// `SQLITE_PREPARE_PERSISTENT` and reused.
    ///
    /// - throws: ``DatabaseError`` when the SQL does not compile.
    public func cachedStatement(_ sql: String) throws(DatabaseError) -> Statement {
        try cachedStatement(StatementKey(sql))
    }

    /// The statement for `key`'s SQL from this connection's cache, found by the hash the key
    /// holds (see ``StatementKey``), prepared once and reused.
    ///
    /// - throws: ``DatabaseError`` when the SQL does not compile.
    public func cachedStatement(_ key: StatementKey) throws(DatabaseError) -> Statement {
        try statementCache.statement(for: key) { (sql) throws(DatabaseError) in
            try Statement(sql: sql, connection: handle, persistent: true)
        }
    }

    /// A new statement for `sql`, not cached: for SQL run once.
    ///
    /// - throws: ``DatabaseError`` when the SQL does not compile.
    public func makeStatement(_ sql: String) throws(DatabaseError) -> Statement {
        try Statement(sql: sql, connection: handle, persistent: false)
    }

    /// How many statements the cache holds.
    public var cachedStatementCount: Int { statementCache.count }

    private func configure(_ connection: OpaquePointer) throws(DatabaseError) {
        let timeout = configuration.busyTimeout.components
        let milliseconds = timeout.seconds * 1000 + timeout.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(connection, Int32(clamping: milliseconds))
        _ = sectrack_sqlite_enable_defensive(connection)
        // Reading the schema first makes a file that is not a database fail before any write.
        _ = try fetchAll("SELECT count(*) FROM sqlite_master")
        if configuration.mode == .readOnly {
            // Readers map the file instead of copying every page through read(2): listing and
            // exporting a large timeline touches most of it. Writers keep the page cache so an
            // ingest's memory stays flat.
            _ = try fetchAll("PRAGMA mmap_size = 1073741824")
        } else {
            _ = try fetchAll("PRAGMA journal_mode = WAL")
            // In WAL mode NORMAL loses no committed data on a crash, only on power loss.
            try execute("PRAGMA synchronous = NORMAL")
        }
        try execute("PRAGMA foreign_keys = ON")
    }
}
