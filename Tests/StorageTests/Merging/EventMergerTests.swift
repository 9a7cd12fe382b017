import Extraction
import Foundation
import Testing

@testable import Storage

@Suite("Event merger over a database")
struct EventMergerTests {
    /// Invented articles: an announcement, a report and a recollection of one dialogue, and an
    /// unrelated workshop on the same days elsewhere.
    static let articles: [(path: String, meeting: Meeting)] = [
        (
            "announce.txt",
            Meeting(
                kind: .dialogue, status: .scheduled, start: PartialDate(iso: "2022-03-15"),
                end: PartialDate(iso: "2022-03-16"), city: "Kunming", country: "CN", countries: ["CN", "LA", "MM"])
        ),
        (
            "report.txt",
            Meeting(
                kind: .dialogue, status: .held, start: PartialDate(iso: "2022-03-15"),
                end: PartialDate(iso: "2022-03-16"), city: "Kunming", country: "CN",
                countries: ["CN", "LA", "MM", "TH"], topics: ["drugs"])
        ),
        (
            "recall.txt",
            Meeting(
                kind: .meeting, status: .held, start: PartialDate(iso: "2022-03"), city: "Kunming", country: "CN",
                countries: ["CN", "LA", "MM", "TH"])
        ),
        (
            "workshop.txt",
            Meeting(
                kind: .workshop, status: .held, start: PartialDate(iso: "2022-03-15"), city: "Jakarta", country: "ID",
                countries: ["AU", "ID"])
        ),
    ]

    private func save(_ index: Int, in db: Database) throws {
        let (path, meeting) = Self.articles[index]
        let article = NewArticle(
            path: path, hash: ContentHash(of: Array(path.utf8)),
            extraction: ArticleExtraction(
                published: Day(year: 2022, month: 3, day: 17), source: "Example Wire", title: nil, text: path,
                meetings: [meeting]),
            extractorVersion: 1)
        try db.transaction {
            if case .inserted(_, let meetings) = try ArticleStore(db).save(article: article) {
                try EventMerger(db).merge(meetings)
            }
        }
    }

    private func events(_ db: Database) throws -> [[String]] {
        try EventListing(db).items().map(\.articlePaths).sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test("articles stored in any order give the same events, with merged fields")
    func anyOrder() throws {
        let expected = [["announce.txt", "recall.txt", "report.txt"], ["workshop.txt"]]
        for order in permutations(Array(Self.articles.indices)) {
            let db = try Database.inMemory()
            try Schema.prepare(db)
            for index in order { try save(index, in: db) }
            #expect(try events(db) == expected, "order \(order)")
            let dialogue = try #require(try EventListing(db).items().first { $0.reports == 3 })
            #expect(dialogue.fields.start == PartialDate(iso: "2022-03-15"))
            #expect(dialogue.fields.status == .held && dialogue.fields.kind == .dialogue)
            #expect(dialogue.countries == ["CN", "LA", "MM", "TH"])
        }
    }

    @Test("a save that fails midway leaves nothing behind, and running again completes the work")
    func failureLeavesNothing() throws {
        struct Interrupted: Error {}
        let db = try Database.inMemory()
        try Schema.prepare(db)
        #expect(throws: Interrupted.self) {
            try db.transaction {
                try save(0, in: db)
                throw Interrupted()
            }
        }
        #expect(try ArticleStore(db).count() == 0)
        #expect(try EventStore(db).count() == 0)
        for index in Self.articles.indices { try save(index, in: db) }
        #expect(try EventStore(db).count() == 2)
    }

    @Test("replacing an article's extraction merges its event again")
    func reextraction() throws {
        let db = try Database.inMemory()
        try Schema.prepare(db)
        for index in Self.articles.indices { try save(index, in: db) }
        let report = try #require(try ArticleStore(db).id(of: ContentHash(of: Array("report.txt".utf8))))
        var moved = Self.articles[1].meeting
        moved.city = "Jakarta"
        moved.country = "ID"
        moved.countries = ["AU", "ID"]
        moved.kind = .workshop
        try EventMerger(db).replaceExtraction(
            of: report,
            with: ArticleExtraction(published: nil, source: nil, title: nil, text: "x", meetings: [moved]),
            extractorVersion: 2)
        #expect(try events(db) == [["announce.txt", "recall.txt"], ["report.txt", "workshop.txt"]])
    }
}
