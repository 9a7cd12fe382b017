import ArgumentParser
import Storage

/// `sectrack init`: creates the database, or migrates an older one, and says which schema
/// version it holds.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or migrate an older one to the current schema.",
        discussion: """
            Prints the schema version the file holds afterwards, e.g.
              sectrack.db: schema version 3 (created)
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = database.path
        let change = try DatabaseFailure.reporting(path: path) {
            let db = try Database(path: path)
            defer { db.close() }
            return try Schema.prepare(db)
        }
        print("\(path): schema version \(change.version) (\(Self.describe(change)))")
    }

    /// `created`, `migrated from 1` or `up to date`.
    static func describe(_ change: SchemaChange) -> String {
        switch change {
        case .created: "created"
        case .migrated(let from, _): "migrated from \(from)"
        case .upToDate: "up to date"
        }
    }
}
