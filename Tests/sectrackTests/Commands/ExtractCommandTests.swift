import ArgumentParser
import Extraction
import Foundation
import Testing

@testable import sectrack

@Suite("sectrack extract")
struct ExtractCommandTests {
    private static let story = wireStory("Vientiane", "March 4, 2024")

    /// What the sink emits for `story` under `path`, in `format`.
    private func output(_ format: ExtractFormat, evidence: Bool = false, articles: Int = 1) -> String {
        var bytes: [UInt8] = []
        var sink = ExtractSink(format: format, evidence: evidence, width: 400) { bytes += $0 }
        let result = Extractor().extract(Array(Self.story.utf8))
        for index in 0..<articles { sink.add(path: "a\(index).txt", result) }
        sink.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("ndjson prints one parseable object per input, with the contract's keys")
    func ndjson() throws {
        let lines = output(.ndjson, articles: 2).split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(object["path"] as? String == "a1.txt")
        #expect(object["published"] as? String == "2024-03-04")
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(meetings[0]["city"] as? String == "Vientiane")
        #expect(meetings[0]["countries"] as? [String] == ["LA", "VN"])
        let evidence = try #require(meetings[0]["evidence"] as? [[String: Any]])
        let city = try #require(evidence.first { $0["field"] as? String == "city" })
        let offset = try #require(city["offset"] as? Int)
        let length = try #require(city["length"] as? Int)
        let bytes = Array(Self.story.utf8)[offset..<(offset + length)]
        #expect(String(decoding: bytes, as: UTF8.self) == "Vientiane")
    }

    @Test("json prints one array holding the same objects in input order, and [] for no input")
    func jsonArray() throws {
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(output(.json, articles: 3).utf8)) as? [[String: Any]])
        #expect(array.map { $0["path"] as? String } == ["a0.txt", "a1.txt", "a2.txt"])
        #expect(output(.json, articles: 0) == "[]\n")
    }

    @Test("table aligns one row per meeting; --evidence adds the supporting text of each field")
    func table() {
        let plain = output(.table).split(separator: "\n")
        #expect(plain.count == 2)
        #expect(plain[0].hasPrefix("file"))
        #expect(plain[1].contains("Vientiane") && plain[1].contains("LA,VN"))
        #expect(
            plain[0].range(of: "start")?.lowerBound.utf16Offset(in: plain[0])
                == plain[1].range(of: "2024-03-04")?.lowerBound.utf16Offset(in: plain[1]))
        let withEvidence = output(.table, evidence: true)
        #expect(withEvidence.contains("city       Vientiane"))
        #expect(!output(.table).contains("field"))
    }

    @Test("a folder stands for its articles; an unreadable file is named and fails the run")
    func foldersAndFailures() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Self.story)
        try scratch.write("in/deep/b.html", "<html><body><p>\(Self.story)</p></body></html>")
        try scratch.write("in/notes.pdf", "not an article")
        let missing = scratch.path("missing.txt")
        let command = try #require(
            try Sectrack.parseAsRoot(["extract", scratch.path("in"), missing]) as? ExtractCommand)
        var bytes: [UInt8] = []
        var failures: [String] = []
        var sink = ExtractSink(format: .ndjson, evidence: false, width: 80) { bytes += $0 }
        #expect(command.extractAll(into: &sink) { failures.append($0) })
        let paths = String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["path"] as? String
        }
        #expect(Set(paths) == [scratch.path("in/a.txt"), scratch.path("in/deep/b.html")])
        #expect(failures == ["\(missing): no such file"])
        #expect(throws: (any Error).self) { try Sectrack.parseAsRoot(["extract", "--evidence", missing]) }
    }

    @Test("an article larger than the sink's buffer is written whole, after those before it")
    func largeArticle() throws {
        let long = String(repeating: "a long meeting name ", count: 20_000)
        let large = ArticleExtraction(
            published: nil, source: long, title: nil, text: "",
            meetings: [Meeting(name: long, kind: .forum, status: .held)])
        var bytes: [UInt8] = []
        var sink = ExtractSink(format: .json, evidence: false, width: 80) { bytes += $0 }
        let small = Extractor().extract(Array(Self.story.utf8))
        sink.add(path: "small.txt", small)
        sink.add(path: "large.txt", large)
        sink.add(path: "last.txt", small)
        sink.finish()
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(objects.map { $0["path"] as? String } == ["small.txt", "large.txt", "last.txt"])
        #expect(objects[1]["source"] as? String == long)
        #expect((objects[1]["meetings"] as? [[String: Any]])?.first?["name"] as? String == long)
    }
}
