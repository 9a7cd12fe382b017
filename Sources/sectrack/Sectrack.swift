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
              sectrack extract --format table article.txt
            """,
        version: SectrackVersion.current,
        subcommands: [InitCommand.self]
    )
}
