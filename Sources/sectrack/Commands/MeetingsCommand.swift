import ArgumentParser

/// `sectrack meetings`: the events matching the filters.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List the merged events (meetings) matching the filters.",
        discussion: """
            Examples:
              sectrack meetings --country vn --from 2015 --to 2016-06
              sectrack meetings --topic drug_trafficking --format csv --output drugs.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try EventListPrinting.run(database: database, filters: filters, output: output)
    }
}
