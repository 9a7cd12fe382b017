import ArgumentParser

/// How a command prints its records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per line.
    case ndjson
    /// Aligned columns for reading in a terminal.
    case table
}
