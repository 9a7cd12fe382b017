extension DatabaseError {
    /// `SQLITE_BUSY`: another connection holds the lock and the busy timeout ran out.
    public static let busy: Int32 = 5
    /// `SQLITE_LOCKED`: a conflict inside this process.
    public static let locked: Int32 = 6
    /// `SQLITE_READONLY`: a write on a read-only connection or file.
    public static let readOnly: Int32 = 8
    /// `SQLITE_IOERR`: the operating system failed a read or write.
    public static let ioError: Int32 = 10
    /// `SQLITE_CORRUPT`: the file is damaged.
    public static let corrupt: Int32 = 11
    /// `SQLITE_FULL`: the disk is full.
    public static let full: Int32 = 13
    /// `SQLITE_CANTOPEN`: the file or its folder cannot be opened.
    public static let cannotOpen: Int32 = 14
    /// `SQLITE_CONSTRAINT`: a `UNIQUE`, `NOT NULL`, `CHECK` or foreign-key constraint failed.
    public static let constraint: Int32 = 19
    /// `SQLITE_NOTADB`: the file is not an SQLite database.
    public static let notADatabase: Int32 = 26
}

extension DatabaseError: UserFacingError {
    /// The failure in plain words, for the command line:
    /// `database is locked by another process`, `file is not a sectrack database` ...
    /// Unlisted codes give SQLite's own message.
    public var plainDescription: String {
        switch primaryCode {
        case Self.busy, Self.locked: "database is locked by another process"
        case Self.notADatabase: "file is not a sectrack database"
        case Self.corrupt: "database file is damaged"
        case Self.cannotOpen: "cannot open the database file (check the path and its folder)"
        case Self.readOnly: "database is read-only"
        case Self.full: "disk is full"
        case Self.ioError: "disk read or write failed"
        default: message
        }
    }
}
