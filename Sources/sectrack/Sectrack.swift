import ArgumentParser

/// The `sectrack` root command: it only lists the subcommands.
@main
struct Sectrack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sectrack",
        abstract: "Build and query a timeline of security-cooperation meetings from news articles.",
        discussion: """
            Examples:
              sectrack init
              sectrack ingest corpus/
              sectrack meetings --country vn --from 2015
              sectrack timeline --format json
              sectrack extract --format table article.txt
              sectrack dates --published 2015-10-21 article.txt
            """,
        version: SectrackVersion.current,
        subcommands: [
            InitCommand.self, IngestCommand.self, MeetingsCommand.self, TimelineCommand.self, ShowCommand.self,
            SearchCommand.self, StatsCommand.self, ExtractCommand.self, DatesCommand.self,
        ]
    )
}
