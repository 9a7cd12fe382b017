/// One step that brings a database from schema version `from` to `from + 1`, in place.
///
/// Steps run in order inside the single transaction ``Schema/prepare(_:)`` opens, so a file is
/// either fully migrated or untouched. The tables a step leaves must equal what `schema.sql`
/// creates (a test compares a migrated file with a new one).
struct Migration: Sendable {
    /// The version the step starts from.
    let from: Int
    let apply: @Sendable (Database) throws -> Void

    /// Every step, in order.
    static let all: [Migration] = [version1To2, version2To3, version3To4]

    /// The steps from `version` up to `target`; traps when one is missing (our own bug).
    static func steps(from version: Int, to target: Int) -> [Migration] {
        let steps = all.filter { $0.from >= version && $0.from < target }.sorted { $0.from < $1.from }
        precondition(steps.map(\.from) == Array(version..<target), "missing a migration from \(version) to \(target)")
        return steps
    }
}
