import Extraction
import Foundation
import Testing

@testable import Storage

/// One merger kept across transactions, as ingest keeps it, must merge as fresh ones do.
@Suite("A merger kept across transactions")
struct KeptMergerTests {
    private func article(_ index: Int) -> NewArticle {
        let (path, meeting) = EventMergerTests.articles[index]
        return NewArticle(
            path: path, hash: ContentHash(of: Array(path.utf8)),
            extraction: ArticleExtraction(
                published: Day(year: 2022, month: 3, day: 17), source: "Example Wire", title: nil, text: path,
                meetings: [meeting]),
            extractorVersion: 1)
    }

    /// Saves article `index` and merges it through `merger`, in one transaction.
    private func save(_ index: Int, in db: Database, with merger: EventMerger) throws {
        let article = article(index)
        try db.transaction {
            if case .inserted(let id, let meetings) = try ArticleStore(db).save(article: article) {
                try merger.merge(meetings, of: article, storedAs: id)
            }
        }
    }

    private func events(_ db: Database) throws -> [[String]] {
        try EventListing(db).items().map(\.articlePaths).sorted { $0.lexicographicallyPrecedes($1) }
    }

    private let expected = [["announce.txt", "recall.txt", "report.txt"], ["workshop.txt"]]

    @Test("articles merged in any order through one merger give the events and ids fresh mergers give")
    func anyOrder() throws {
        for order in permutations(Array(EventMergerTests.articles.indices)) {
            let kept = try Database.inMemory()
            let fresh = try Database.inMemory()
            try Schema.prepare(kept)
            try Schema.prepare(fresh)
            let merger = EventMerger(kept)
            for index in order {
                try save(index, in: kept, with: merger)
                try save(index, in: fresh, with: EventMerger(fresh))
            }
            #expect(try events(kept) == expected, "order \(order)")
            #expect(try EventListing(kept).items().map(\.id) == EventListing(fresh).items().map(\.id))
        }
    }

    @Test("a report another connection stored in a month the merger holds is found")
    func otherConnection() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let other = try Database(path: folder.path("test.db"))
        let merger = EventMerger(db)
        // The merger reads March 2022 holding only the workshop; the announcement lands through
        // another connection; the report then joins it only if the merger reads the month again.
        try save(3, in: db, with: merger)
        try save(0, in: other, with: EventMerger(other))
        try save(1, in: db, with: merger)
        try save(2, in: db, with: merger)
        #expect(try events(db) == expected)
    }

    @Test("after a rolled-back transaction and forgetReports, the merger merges as a fresh one")
    func rollback() throws {
        struct Interrupted: Error {}
        let db = try Database.inMemory()
        try Schema.prepare(db)
        let merger = EventMerger(db)
        try save(0, in: db, with: merger)
        #expect(throws: Interrupted.self) {
            try db.transaction {
                try save(1, in: db, with: merger)
                throw Interrupted()
            }
        }
        merger.forgetReports()
        for index in 1..<EventMergerTests.articles.count { try save(index, in: db, with: merger) }
        #expect(try events(db) == expected)
    }
}
