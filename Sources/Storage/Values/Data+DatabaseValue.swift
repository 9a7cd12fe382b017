import Foundation

extension Data: DatabaseValueConvertible {
    /// Stored as an SQLite blob (an empty `Data` stays an empty blob, not `NULL`).
    public var databaseValue: DatabaseValue { .blob(self) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? {
        guard case .blob(let bytes) = value else { return nil }
        return bytes
    }
}
