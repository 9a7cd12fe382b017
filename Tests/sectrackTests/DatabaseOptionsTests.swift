import Testing

@testable import sectrack

@Suite("Database options")
struct DatabaseOptionsTests {
    @Test("--db wins over the default")
    func explicitPath() throws {
        let options = try DatabaseOptions.parse(["--db", "/tmp/x.db"])
        #expect(options.path == "/tmp/x.db")
    }
}
