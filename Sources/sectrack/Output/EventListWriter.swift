/// Prints a list of events in one of the record formats.
enum EventListWriter {
    /// Emits `rows` as `format`; a table is fitted to `width` columns.
    static func write(
        _ rows: some Sequence<EventRow>, format: RecordFormat, width: Int, emit: (String) throws -> Void
    ) throws {
        switch format {
        case .csv:
            try emit(CSVText.record(EventRow.columns))
            for row in rows { try emit(row.csv) }
        case .ndjson:
            for row in rows { try emit(row.json + "\n") }
        case .json:
            var first = true
            try emit("[")
            for row in rows {
                try emit((first ? "\n" : ",\n") + row.json)
                first = false
            }
            try emit(first ? "]\n" : "\n]\n")
        case .table:
            try emit(TextTable(header: EventRow.tableHeader, rows: rows.map(\.tableCells)).render(width: width))
        }
    }
}
