import Extraction

extension PartialDate: DatabaseValueConvertible {
    /// Stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` text, exactly as precise as it is known.
    public var databaseValue: DatabaseValue { .text(description) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> PartialDate? {
        guard case .text(let text) = value else { return nil }
        return PartialDate(iso: text)
    }
}
