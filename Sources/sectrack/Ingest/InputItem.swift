/// One thing the walker found among the paths given to `ingest`.
enum InputItem: Sendable {
    /// A file to read, by the path as given (a folder's files: the folder's path, `/`, the rest).
    case file(String)
    /// Standard input, read as one article named `-`.
    case standardInput
    /// A file in a folder that is not an article (not `.txt`, `.html` or `.htm`).
    case skipped(String)
}
