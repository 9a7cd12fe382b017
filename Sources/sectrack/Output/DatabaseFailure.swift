import Foundation
import Storage

/// A storage failure as the one line a user sees: the database path and what went wrong in
/// plain words (`sectrack.db: database is locked by another process`). Thrown from `run()`,
/// ArgumentParser prints it on stderr and exits 1.
struct DatabaseFailure: LocalizedError {
    let path: String
    let underlying: any Error

    init(path: String, _ underlying: any Error) {
        self.path = path
        self.underlying = underlying
    }

    var errorDescription: String? {
        let words = (underlying as? any UserFacingError)?.plainDescription ?? String(describing: underlying)
        return "\(path): \(words)"
    }

    /// Runs `body`, turning any error it throws into a `DatabaseFailure` for `path`.
    static func reporting<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw DatabaseFailure(path: path, error)
        }
    }
}
