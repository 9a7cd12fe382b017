import Foundation

/// A fresh temporary folder for one test, removed when released.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sectrack-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `contents` to `name` (folders created as needed) and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
}

/// Invented wire copy about a meeting.
func wireStory(_ city: String, _ date: String, _ extra: String = "") -> String {
    """
    \(city.uppercased()), \(date) (Example Wire) -- Police chiefs from Laos and Vietnam held talks in \(city) \
    on \(date) on cooperation against drug trafficking along their border. \(extra)

    """
}
