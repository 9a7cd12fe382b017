import Extraction

extension Day: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text, which sorts in date order.
    public var databaseValue: DatabaseValue { .text(description) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Day? {
        guard case .day(let day) = PartialDate.fromDatabaseValue(value) else { return nil }
        return day
    }
}
