/// An `INSERT` of many rows into one table with a few multi-row statements instead of one
/// statement per row: the rows go in chunks of 16, 8, 4, 2 and 1, each chunk size one cached
/// statement, so a list of 13 rows takes three statements.
///
///     let topics = RowInsert(into: "meeting_topics", columns: ["meeting_id", "topic"])
///     try topics.run([.integer(7), .text("drugs"), .integer(7), .text("terrorism")], in: db)
///
/// Table and column names are fixed by code; values are always bound.
/// See <https://www.sqlite.org/lang_insert.html>.
struct RowInsert: Sendable {
    let columnCount: Int
    /// The statement for each chunk size, largest first.
    private let chunks: [(rows: Int, sql: String)]

    init(into table: String, columns: [String]) {
        columnCount = columns.count
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES "
        chunks = [16, 8, 4, 2, 1].map { rows in
            (rows, head + Array(repeating: row, count: rows).joined(separator: ", "))
        }
    }

    /// Inserts the rows whose values `values` holds one after the other (``columnCount`` a row).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails (a constraint, busy ...).
    func run(_ values: [DatabaseValue], in db: Database) throws(DatabaseError) {
        precondition(values.count % columnCount == 0, "\(values.count) values for rows of \(columnCount)")
        var start = 0
        for (rows, sql) in chunks {
            let size = rows * columnCount
            while values.count - start >= size {
                try db.cachedStatement(sql).execute(Array(values[start..<start + size]))
                start += size
            }
        }
    }
}
