import ArgumentParser
import Storage

/// `sectrack meetings`: the events matching the filters.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the merged events (meetings) matching the filters.",
        discussion: """
            Examples:
              sectrack meetings --country vn --from 2015 --to 2016-06
              sectrack meetings --topic drugs --format csv --output drugs.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
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
