extension Double: DatabaseValueConvertible {
    /// Stored as an SQLite real; an integer column reads back as a double too.
    public var databaseValue: DatabaseValue { .real(self) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let number): number
        case .integer(let number): Double(number)
        default: nil
        }
    }
}
