import Foundation
import Testing

@testable import sectrack

@Suite("Atomic file output")
struct AtomicFileTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sectrack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the file holds everything emitted, and no temporary file is left")
    func writes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.csv").path
        try AtomicFile(path: path).write { emit in
            for index in 0..<20_000 { try emit("line \(index)\n") }
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("line 0\nline 1\n") && text.hasSuffix("line 19999\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test("when the writer fails midway the old file stays as it was")
    func keepsOldFile() throws {
        struct Stop: Error {}
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.csv").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: Stop.self) {
            try AtomicFile(path: path).write { emit in
                try emit("new\n")
                throw Stop()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test("a folder that does not exist is a clear error")
    func missingFolder() {
        #expect(throws: OutputError.self) {
            try AtomicFile(path: "/nonexistent-sectrack-folder/out.csv").write { try $0("x") }
        }
    }
}
