import ArgumentParser
import Foundation

/// Options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $SECTRACK_DB, else sectrack.db in the current folder).",
            valueName: "path"))
    var explicitPath: String?

    @Flag(name: .shortAndLong, help: "Print no progress or summary lines on stderr.")
    var quiet = false

    /// The path to open: `--db`, else `SECTRACK_DB`, else `sectrack.db`.
    var path: String {
        if let explicitPath { return explicitPath }
        if let fromEnvironment = ProcessInfo.processInfo.environment["SECTRACK_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "sectrack.db"
    }
}
