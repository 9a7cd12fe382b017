import ArgumentParser
import Storage

/// `sectrack stats`: how many events per country, per year and per topic.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the events per participating country, per year and per topic.",
        discussion: """
            Examples:
              sectrack stats
              sectrack stats --format csv --output stats.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let sections = try database.reading { db in
            let stats = EventStatistics(db)
            return [
                ("country", try stats.perCountry()), ("year", try stats.perYear()), ("topic", try stats.perTopic()),
            ]
        }
        try output.write { emit in
            switch output.resolvedFormat {
            case .table:
                for (index, (name, counts)) in sections.enumerated() {
                    if index > 0 { try emit("\n") }
                    let table = TextTable(
                        header: [name.uppercased(), "EVENTS"], rows: counts.map { [$0.value, String($0.events)] })
                    try emit(table.render(width: output.tableWidth))
                }
            case .csv:
                try emit(CSVText.record(["dimension", "value", "events"]))
                for (name, counts) in sections {
                    for count in counts { try emit(CSVText.record([name, count.value, String(count.events)])) }
                }
            case .ndjson:
                for (name, counts) in sections {
                    for count in counts {
                        try emit(
                            "{\"dimension\": \(JSONText.quoted(name)), \"value\": \(JSONText.quoted(count.value)), "
                                + "\"events\": \(count.events)}\n")
                    }
                }
            case .json:
                let objects = sections.map { name, counts in
                    JSONText.quoted(name) + ": {"
                        + counts.map { "\(JSONText.quoted($0.value)): \($0.events)" }.joined(separator: ", ") + "}"
                }
                try emit("{" + objects.joined(separator: ", ") + "}\n")
            }
        }
    }
}
