extension String: DatabaseValueConvertible {
    /// Stored as SQLite UTF-8 text.
    public var databaseValue: DatabaseValue { .text(self) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        guard case .text(let text) = value else { return nil }
        return text
    }
}
