/// Why a database's schema cannot be used by this program.
public enum SchemaError: Error, Equatable, Sendable {
    /// The file was written by a newer sectrack; migrating backwards is not possible.
    case newerThanKnown(found: Int, known: Int)
    /// The file is an SQLite database, but holds tables that are not sectrack's.
    case notSectrackDatabase
    /// The file needs migrating, but was opened read-only.
    case needsMigration(found: Int, current: Int)
}

extension SchemaError: UserFacingError {
    public var plainDescription: String {
        switch self {
        case .newerThanKnown(let found, let known):
            "database schema version \(found) is newer than this sectrack knows (\(known)); use a newer sectrack"
        case .notSectrackDatabase:
            "file is not a sectrack database"
        case .needsMigration(let found, let current):
            "database schema version \(found) is older than \(current); run `sectrack init` to migrate it"
        }
    }
}

extension SchemaError: CustomStringConvertible {
    public var description: String { plainDescription }
}
