extension Int: DatabaseValueConvertible {
    /// Stored as an SQLite integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        guard case .integer(let number) = value else { return nil }
        return Int(exactly: number)
    }
}

extension Int64: DatabaseValueConvertible {
    /// Stored as an SQLite integer.
    public var databaseValue: DatabaseValue { .integer(self) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        guard case .integer(let number) = value else { return nil }
        return number
    }
}
