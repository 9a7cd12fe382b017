/// The sectrack schema: what a new database holds, which version it is, and how an older
/// file is brought up to date.
///
/// The version lives in `PRAGMA user_version`. ``sql`` is `schema.sql` compiled into the
/// binary (see `tools/embed-schema.sh`), never read from disk at run time.
///
/// See <https://www.sqlite.org/pragma.html#pragma_user_version>.
public enum Schema {
    /// The version ``sql`` creates and every migration ends at.
    public static let currentVersion = 4

    /// Creates the schema in an empty database, migrates an older one in place (in one
    /// transaction, keeping every row), or checks that it is up to date. Call it once after
    /// opening a ``Database``; the stores assume it.
    ///
    ///     let db = try Database(path: "sectrack.db")
    ///     switch try Schema.prepare(db) { ... }   // .created(version: 2)
    ///
    /// - throws: ``SchemaError/newerThanKnown(found:known:)`` for a file from a newer sectrack,
    ///   ``SchemaError/notSectrackDatabase`` for a database holding other tables,
    ///   ``SchemaError/needsMigration(found:current:)`` for an old file opened read-only,
    ///   ``DatabaseError`` when SQLite fails (a busy database, a file that is not a database).
    @discardableResult
    public static func prepare(_ db: Database) throws -> SchemaChange {
        let found = try version(of: db)
        if found > currentVersion { throw SchemaError.newerThanKnown(found: found, known: currentVersion) }
        if found == currentVersion { return .upToDate(version: found) }
        if db.configuration.mode == .readOnly, found > 0 {
            throw SchemaError.needsMigration(found: found, current: currentVersion)
        }
        return try db.transaction {
            // Read again under the write lock: another process may have just done the work.
            let locked = try version(of: db)
            if locked > currentVersion { throw SchemaError.newerThanKnown(found: locked, known: currentVersion) }
            if locked == currentVersion { return .upToDate(version: locked) }
            if locked == 0 {
                let tables: Int = try db.fetchOne("SELECT count(*) FROM sqlite_master")![0]
                guard tables == 0 else { throw SchemaError.notSectrackDatabase }
                try db.executeScript(sql)
                try setVersion(currentVersion, of: db)
                return .created(version: currentVersion)
            }
            for migration in Migration.steps(from: locked, to: currentVersion) {
                try migration.apply(db)
            }
            try setVersion(currentVersion, of: db)
            return .migrated(from: locked, to: currentVersion)
        }
    }

    /// The schema version the file says it holds (0 for a new, empty file).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public static func version(of db: Database) throws(DatabaseError) -> Int {
        try db.fetchOne("PRAGMA user_version")![0]
    }

    /// Writes the version. PRAGMA takes no bound parameters; `version` is an integer of our own.
    static func setVersion(_ version: Int, of db: Database) throws(DatabaseError) {
        try db.executeScript("PRAGMA user_version = \(version)")
    }
}

/// What ``Schema/prepare(_:)`` did to the file.
public enum SchemaChange: Equatable, Sendable {
    /// The file was empty; the current schema was created.
    case created(version: Int)
    /// The file held an older schema and was migrated, rows kept.
    case migrated(from: Int, to: Int)
    /// The file already held the current schema.
    case upToDate(version: Int)

    /// The version the file holds now.
    public var version: Int {
        switch self {
        case .created(let version), .upToDate(let version): version
        case .migrated(_, let version): version
        }
    }
}
