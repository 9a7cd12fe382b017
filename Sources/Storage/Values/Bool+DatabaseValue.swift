extension Bool: DatabaseValueConvertible {
    /// Stored as the integer 0 or 1, as SQLite's own boolean expressions yield.
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        guard case .integer(let number) = value else { return nil }
        return number != 0
    }
}
