import ArgumentParser

/// How `sectrack extract` prints its results.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per input, one per line (the ANNOTATION.md contract).
    case ndjson
    /// The same objects as one JSON array.
    case json
    /// Aligned columns for people; `--evidence` adds the supporting text of each field.
    case table
}
