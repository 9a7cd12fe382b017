/// An error that can say what went wrong in the few plain words a command-line user needs,
/// without SQL or result codes.
///
///     catch let error as any UserFacingError {
///         print("sectrack.db: \(error.plainDescription)")   // "sectrack.db: database is locked by another process"
///     }
public protocol UserFacingError: Error {
    /// One short lowercase phrase, no trailing period.
    var plainDescription: String { get }
}
