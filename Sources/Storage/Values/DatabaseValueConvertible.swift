/// A Swift type that has one way to be stored as a ``DatabaseValue`` and read back.
///
///     try db.execute("INSERT INTO t(day) VALUES (?)", [someDay.databaseValue])
///     let day: Day? = try db.fetchOne("SELECT day FROM t")?[0]
///
/// Reading a value of the wrong storage class is a bug in our own SQL (the schema's tables
/// are `STRICT`), so ``Row`` traps on it instead of throwing.
public protocol DatabaseValueConvertible {
    /// The value to bind.
    var databaseValue: DatabaseValue { get }
    /// The Swift value a stored value stands for; `nil` when it cannot be one.
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// `nil` binds as SQL `NULL`.
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }

    /// `NULL` reads as `.some(nil)`; any other value as its wrapped reading.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if value.isNull { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
}
