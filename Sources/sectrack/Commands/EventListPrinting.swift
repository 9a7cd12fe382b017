import Storage

/// What `meetings` and `timeline` share: read the events the filters select, in timeline
/// order, and print them in the chosen format (the article paths are read only for JSON,
/// which lists them).
enum EventListPrinting {
    static func run(database: DatabaseOptions, filters: EventFilterOptions, output: OutputOptions) throws {
        let filter = try filters.filter()
        let format = output.resolvedFormat
        let rows = try database.reading {
            try EventListing($0).items(matching: filter, withArticlePaths: format == .json || format == .ndjson)
        }.map(EventRow.init)
        try output.write { emit in
            try EventListWriter.write(rows, format: format, width: output.tableWidth, emit: emit)
        }
    }
}
