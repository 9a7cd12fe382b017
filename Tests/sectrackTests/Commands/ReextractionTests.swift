import Extraction
import Foundation
import Storage
import Testing

@testable import sectrack

@Suite("sectrack ingest --reextract")
struct ReextractionTests {
    @Test("re-extraction reads the stored bytes: evidence points into the file, as a fresh extract's does")
    func offsetsIntoTheFile() throws {
        let scratch = try Scratch()
        let page = """
            <html><head><title>Border talks</title><script>var a = "<p>";</script></head>
            <body><nav>Home | World</nav><p>\(wireStory("Vientiane", "March 4, 2021"))</p></body></html>
            """
        let path = try scratch.write("page.html", page)
        let dbPath = scratch.path("t.db")
        _ = try IngestPipeline(databasePath: dbPath, workers: 1).run(
            InputWalker(arguments: [path]), failure: { _ in }, progress: { _ in })
        let db = try Database(path: dbPath)
        try db.execute("UPDATE articles SET extractor_version = 0")
        #expect(try Reextraction(db: db).run() == 1)

        let stored = try MeetingStore(db).meetings(of: ArticleID(1)).map(\.meeting)
        let fresh = Extractor().extract(Array(page.utf8), format: .html).meetings
        #expect(!stored.isEmpty)
        #expect(stored.map(\.evidence) == fresh.map(\.evidence))
        let city = try #require(stored.first?.evidence.first { $0.field == .city })
        let bytes = Array(page.utf8)[city.span.offset..<(city.span.offset + city.span.length)]
        #expect(String(decoding: bytes, as: UTF8.self) == "Vientiane")
        #expect(try ArticleStore(db).article(id: ArticleID(1))?.extractorVersion == Extractor.version)
    }
}
