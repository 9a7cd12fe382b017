import Extraction
import Foundation
import Testing

@testable import Storage

@Suite("Article store")
struct ArticleStoreTests {
    @Test("an article saves with its meetings, lists and evidence, and reads back equal")
    func roundTrip() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let article = Samples.article(path: "in/talks.txt", meetings: [Samples.talks, Samples.workshop])
        let outcome = try ArticleStore(db).save(article: article)
        guard case .inserted(let id, let meetingIDs) = outcome else {
            Issue.record("expected .inserted, got \(outcome)")
            return
        }
        #expect(meetingIDs.count == 2)
        let stored = try MeetingStore(db).meetings(of: id)
        #expect(stored.map(\.id) == meetingIDs)
        #expect(stored.map(\.meeting) == [Samples.talks, Samples.workshop])

        let back = try ArticleStore(db).article(id: id)!
        #expect(back.hash == article.hash)
        #expect(back.paths == ["in/talks.txt"])
        #expect(back.title == "Border talks")
        #expect(back.source == "Example Wire")
        #expect(back.published == Day(year: 2021, month: 3, day: 4))
        #expect(back.text == Samples.talksText)
        #expect(back.ingestedAt == article.ingestedAt)
        #expect(back.extractorVersion == 1)
    }

    @Test("the same content under another path is already known; only the path is added")
    func idempotent() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let store = ArticleStore(db)
        let first = try store.save(article: Samples.article(path: "a/one.txt"))
        let again = try store.save(article: Samples.article(path: "b/copy.txt"))
        let repeated = try store.save(article: Samples.article(path: "a/one.txt"))
        #expect(again == .alreadyKnown(first.articleID))
        #expect(repeated == .alreadyKnown(first.articleID))
        #expect(try store.count() == 1)
        #expect(try store.article(id: first.articleID)?.paths == ["a/one.txt", "b/copy.txt"])
        #expect(try store.article(id: first.articleID)?.firstPath == "a/one.txt")
        #expect(try MeetingStore(db).meetings(of: first.articleID).count == 1)
        #expect(try store.contains(hash: ContentHash(of: Array(Samples.talksText.utf8))))
        #expect(try !store.contains(hash: ContentHash(of: Array("other".utf8))))
    }

    @Test("a save that fails half way leaves nothing behind")
    func atomicSave() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let broken = Samples.brokenTalks
        let store = ArticleStore(db)
        #expect(throws: StoreError.negativeEvidenceSpan(Span(offset: -1, length: 1))) {
            try store.save(article: Samples.article(path: "bad.txt", meetings: [Samples.workshop, broken]))
        }
        for table in ["articles", "article_paths", "meetings"] {
            let rows: Int = try db.makeStatement("SELECT count(*) FROM \(table)").fetchAll()[0][0]
            #expect(rows == 0, "\(table) holds \(rows) rows after a failed save")
        }
    }

    @Test("a batch saves each article whole or not at all, and indexes the text of those that land")
    func batch() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let broken = Samples.brokenTalks
        let store = ArticleStore(db)
        var seen: [SaveOutcome] = []
        let results = try store.save(batch: [
            Samples.article(path: "a.txt"),
            Samples.article(path: "bad.txt", bytes: "Patrol boats crossed the lake.", meetings: [broken]),
            Samples.article(path: "copy-of-a.txt"),
            Samples.article(path: "c.txt", bytes: "Customs officers seized smuggled timber."),
        ]) { _, outcome in seen.append(outcome) }
        #expect(results.count == 4)
        guard case .success(.inserted(let a, _)) = results[0], case .failure = results[1],
            case .success(.alreadyKnown(a)) = results[2], case .success(.inserted(let c, _)) = results[3]
        else {
            Issue.record("unexpected outcomes \(results)")
            return
        }
        #expect(seen.count == 3)
        #expect(try store.count() == 2)
        #expect(try store.article(id: a)?.paths == ["a.txt", "copy-of-a.txt"])
        #expect(try ArticleSearch(db).search("timber").map(\.article) == [c])
        #expect(try ArticleSearch(db).search("patrol").isEmpty)
        #expect(try db.fetchAll("INSERT INTO article_text(article_text) VALUES ('integrity-check')").isEmpty)
    }

    @Test("saving all in one transaction stores every article, or nothing when one cannot be stored")
    func saveAll() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let store = ArticleStore(db)
        var seen: [SaveOutcome] = []
        let outcomes = try store.saveAll([
            Samples.article(path: "a.txt"), Samples.article(path: "copy-of-a.txt"),
            Samples.article(path: "c.txt", bytes: "Customs officers seized smuggled timber."),
        ]) { _, outcome in seen.append(outcome) }
        guard outcomes.count == 3, case .inserted(let a, _) = outcomes[0], case .alreadyKnown(a) = outcomes[1],
            case .inserted(let c, _) = outcomes[2]
        else {
            Issue.record("unexpected outcomes \(outcomes)")
            return
        }
        #expect(seen == outcomes)
        #expect(try store.article(id: a)?.paths == ["a.txt", "copy-of-a.txt"])
        #expect(try ArticleSearch(db).search("timber").map(\.article) == [c])

        #expect(throws: StoreError.negativeEvidenceSpan(Span(offset: -1, length: 1))) {
            try store.saveAll([
                Samples.article(path: "d.txt", bytes: "Lighthouse keepers met in Hanoi."),
                Samples.article(
                    path: "bad.txt", bytes: "Patrol boats crossed the lake.", meetings: [Samples.brokenTalks]),
            ]) { _, _ in }
        }
        #expect(try store.count() == 2, "nothing of the failed batch is kept")
        #expect(try ArticleSearch(db).search("lighthouse").isEmpty)
        #expect(try db.fetchAll("INSERT INTO article_text(article_text) VALUES ('integrity-check')").isEmpty)
    }

    @Test("articles from an older extractor are listed, and re-extraction replaces their meetings")
    func reExtraction() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let store = ArticleStore(db)
        let old = try store.save(article: Samples.article(path: "old.txt", version: 1)).articleID
        let current = try store.save(article: Samples.article(path: "new.txt", bytes: "Other text.", version: 2))
        #expect(try store.articles(extractedBefore: 2).map(\.id) == [old])

        let events = EventStore(db)
        let oldMeeting = try MeetingStore(db).meetings(of: old)[0]
        let event = try events.create(EventFields(oldMeeting.meeting))
        try events.attach(oldMeeting.id, to: event)

        let newIDs = try store.replaceExtraction(
            of: old, with: Samples.extraction(meetings: [Samples.workshop]), extractorVersion: 2)
        #expect(try MeetingStore(db).meetings(of: old).map(\.id) == newIDs)
        #expect(try MeetingStore(db).meetings(of: old).map(\.meeting) == [Samples.workshop])
        #expect(try store.articles(extractedBefore: 2).isEmpty)
        #expect(try events.event(id: event) == nil, "an event left without reports is deleted")
        #expect(try MeetingStore(db).meetings(of: current.articleID).count == 1)
        #expect(throws: StoreError.noSuchArticle(ArticleID(99))) {
            try store.replaceExtraction(of: ArticleID(99), with: Samples.extraction(), extractorVersion: 2)
        }
    }
}
