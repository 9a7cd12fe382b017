import ArgumentParser

/// `sectrack timeline`: every matching event in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print all matching events in date order.",
        discussion: """
            Partial dates sort at the start of their period (2015-10 before 2015-10-01), undated
            events come last. `--format json` prints the array ANNOTATION.md section 4 describes:
            each event lists in `articles` the paths of all its reports as given to ingest.

            Examples:
              sectrack timeline --format json > timeline.json
              sectrack timeline --country "Viet Nam" --from 2010
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try EventListPrinting.run(database: database, filters: filters, output: output)
    }
}
