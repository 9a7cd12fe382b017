import ArgumentParser

/// How the query commands print their records.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns fitted to the terminal (the default on a terminal).
    case table
    /// RFC 4180 CSV with a header row; list fields joined with `;`.
    case csv
    /// One JSON array.
    case json
    /// One JSON object per line (the default when standard output is not a terminal).
    case ndjson
}
