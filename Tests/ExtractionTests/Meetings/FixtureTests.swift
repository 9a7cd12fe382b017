import Foundation
import Testing

@testable import Extraction

/// End-to-end: invented articles in wire-copy style (`Fixtures/*.txt|html`) run through the
/// whole `Extractor`, compared field by field with the expected `.json` beside them.
@Suite("Extraction fixtures")
struct FixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let articles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
    }()

    @Test("there are fixtures to read")
    func fixturesExist() {
        #expect(Self.articles.count >= 3)
    }

    @Test("each fixture yields its expected meetings", arguments: articles)
    func fixture(name: String) throws {
        let article = Self.folder.appendingPathComponent(name)
        let expectedURL = article.deletingPathExtension().appendingPathExtension("json")
        let bytes = [UInt8](try Data(contentsOf: article))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as! [String: Any]
        let result = Extractor().extract(bytes, format: name.hasSuffix(".html") ? .html : .plainText)
        #expect(result.published?.description == expected["published"] as? String, "\(name): published")
        let meetings = expected["meetings"] as! [[String: Any]]
        #expect(result.meetings.count == meetings.count, "\(name): \(result.meetings)")
        for (got, want) in zip(result.meetings, meetings) {
            let actual: [String: String?] = [
                "kind": got.kind.rawValue, "status": got.status.rawValue, "start": got.start?.description,
                "end": got.end?.description, "city": got.city, "country": got.country,
            ]
            for (field, value) in actual {
                #expect(value == want[field] as? String, "\(name): \(field)")
            }
            #expect(got.countries == want["countries"] as? [String], "\(name): countries")
            #expect(got.organizations == want["organizations"] as? [String], "\(name): organizations")
            #expect(got.topics == want["topics"] as? [String], "\(name): topics")
            for evidence in got.evidence {
                let slice = String(decoding: bytes[evidence.span.offset..<evidence.span.end], as: UTF8.self)
                #expect(slice == evidence.text || name.hasSuffix(".html"), "\(name): evidence \(evidence.field)")
            }
        }
    }
}
