import Foundation

@testable import Storage

/// A fresh folder under the system's temporary directory, removed when released: each test
/// gets its own database file.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sectrack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A new database file in the folder with the current schema.
    func preparedDatabase(
        _ name: String = "test.db", configuration: Database.Configuration = Database.Configuration()
    ) throws -> Database {
        let db = try Database(path: path(name), configuration: configuration)
        try Schema.prepare(db)
        return db
    }
}

/// The repository's top folder, found from this file's place in it.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // StorageTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()
