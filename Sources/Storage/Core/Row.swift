/// One result row, as plain values detached from the statement that produced it.
///
///     let row = try db.fetchOne("SELECT id, title FROM articles WHERE hash = ?", [.text(hash)])
///     let id: Int64 = row![0]
///     let title: String? = row!["title"]
public struct Row: Hashable, Sendable {
    /// The result column names, in order.
    public let columns: [String]
    /// The values, one per column.
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        precondition(columns.count == values.count, "a row needs one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value at `index` as `T`. Traps when the stored value cannot be a `T` (for a non-optional
    /// `T`, that includes `NULL`): our tables are `STRICT`, so that is a bug in our own SQL.
    public subscript<T: DatabaseValueConvertible>(_ index: Int) -> T {
        let value = values[index]
        guard let converted = T.fromDatabaseValue(value) else {
            preconditionFailure("column \(index) (\(columns[index])) holds \(value), not \(T.self)")
        }
        return converted
    }

    /// The value of the column named `column` as `T`; traps on an unknown name, like a bad index.
    public subscript<T: DatabaseValueConvertible>(_ column: String) -> T {
        guard let index = columns.firstIndex(of: column) else {
            preconditionFailure("no column \(column) among \(columns)")
        }
        return self[index]
    }
}
