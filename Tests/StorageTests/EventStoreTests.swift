import Extraction
import Foundation
import Testing

@testable import Storage

@Suite("Event store and queries")
struct EventStoreTests {
    /// A database with one article per meeting given, each merged into an event of its own,
    /// in the order given; returns the event ids in that order.
    private func timeline(_ meetings: [Meeting], in db: Database) throws -> [EventID] {
        let events = EventStore(db)
        return try meetings.enumerated().map { index, meeting in
            let text = "Report \(index): officials met to discuss \(meeting.topics.joined(separator: " and "))."
            let outcome = try ArticleStore(db).save(
                article: Samples.article(path: "r\(index).txt", bytes: text, meetings: [meeting]))
            guard case .inserted(_, let ids) = outcome else { fatalError("fixture article \(index) already known") }
            let event = try events.create(EventFields(meeting))
            try events.attach(ids[0], to: event)
            return event
        }
    }

    private func meeting(_ start: String?, countries: [String] = ["CN"], topics: [String] = ["terrorism"])
        -> Meeting
    {
        Meeting(
            kind: .meeting, status: .held, start: start.flatMap { PartialDate(iso: $0) }, city: "Kunming",
            country: countries.first, countries: countries, topics: topics)
    }

    @Test("updating an event writes new fields, leaves the same fields as they are, and fails for no event")
    func update() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let ids = try timeline([meeting("2020-05-02")], in: db)
        let events = EventStore(db)
        var fields = EventFields(meeting("2020-05-02"))
        try events.update(ids[0], fields: fields)
        #expect(try events.event(id: ids[0])?.fields == fields)
        fields.city = "Vientiane"
        fields.start = PartialDate(iso: "2020-05")
        try events.update(ids[0], fields: fields)
        #expect(try events.event(id: ids[0])?.fields == fields)
        #expect(throws: StoreError.noSuchEvent(EventID(999))) { try events.update(EventID(999), fields: fields) }
    }

    @Test("the timeline orders by first day, a month before a day of it, undated last")
    func order() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let ids = try timeline(
            [meeting(nil), meeting("2020-05-02"), meeting("2020-05"), meeting("2019"), meeting("2020-05-01")], in: db)
        let order = try EventStore(db).events().map(\.id)
        #expect(order == [ids[3], ids[2], ids[4], ids[1], ids[0]])
    }

    @Test(
        "filters select the events they describe",
        arguments: [
            (EventFilter(countries: ["VN"]), [1, 2]),
            (EventFilter(countries: ["VN", "LA"]), [2]),
            (EventFilter(from: PartialDate(iso: "2020-06")), [1, 2]),
            (EventFilter(to: PartialDate(iso: "2020-06")), [0, 1]),
            (EventFilter(from: PartialDate(iso: "2020-06-30"), to: PartialDate(iso: "2020-06-30")), [1]),
            (EventFilter(topics: ["drugs"]), [2]),
            (EventFilter(city: "KUNMING"), [0, 1, 2]),
            (EventFilter(kind: .summit), []),
            (EventFilter(status: .held), [0, 1, 2]),
            (EventFilter(text: "trafficking"), [2]),
            (EventFilter(text: "officials NOT trafficking"), []),
            (EventFilter(text: "\"Trafficking\" and"), [2]),
            (EventFilter(countries: ["CN"], limit: 2), [0, 1]),
        ])
    func filters(filter: EventFilter, expected: [Int]) throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let ids = try timeline(
            [
                meeting("2020-05-10"),
                meeting("2020-06", countries: ["CN", "VN"]),
                meeting("2020-07-01", countries: ["CN", "LA", "VN"], topics: ["drugs", "trafficking"]),
            ], in: db)
        let found = try EventStore(db).events(matching: filter).map(\.id)
        #expect(found == expected.map { ids[$0] }, "filter \(filter)")
    }

    @Test("attaching a second report unions the lists and counts the reports naming each value")
    func merging() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let event = try timeline([meeting("2021-01-05", countries: ["CN", "MM"])], in: db)[0]
        let second = try ArticleStore(db).save(
            article: Samples.article(
                path: "second.txt", bytes: "Another report.",
                meetings: [meeting("2021-01-05", countries: ["CN", "TH"], topics: ["terrorism", "drugs"])]))
        guard case .inserted(_, let ids) = second else { fatalError("second article already known") }
        let events = EventStore(db)
        try events.attach(ids[0], to: event)
        try events.update(event, fields: EventFields(name: "Joint meeting", kind: .meeting, status: .held))

        let merged = try events.event(id: event)!
        #expect(merged.countries == ["CN", "MM", "TH"])
        #expect(merged.reportCounts[.countries] == ["CN": 2, "MM": 1, "TH": 1])
        #expect(merged.topics == ["drugs", "terrorism"])
        #expect(merged.fields.name == "Joint meeting")
        #expect(merged.articlePaths == ["r0.txt", "second.txt"])
        #expect(merged.reports.count == 2)
        #expect(try events.event(reportedBy: ids[0]) == event)
    }

    @Test("moving a meeting's only report to another event deletes the emptied event")
    func moving() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let ids = try timeline([meeting("2021-01-05"), meeting("2021-01-06")], in: db)
        let events = EventStore(db)
        let movedMeeting = try events.event(id: ids[1])!.reports[0]
        try events.attach(movedMeeting, to: ids[0])
        #expect(try events.event(id: ids[1]) == nil)
        #expect(try events.event(id: ids[0])?.reports.count == 2)
        #expect(try MeetingStore(db).meetingsWithoutEvent().isEmpty)
        #expect(throws: StoreError.noSuchEvent(EventID(999))) { try events.attach(movedMeeting, to: EventID(999)) }
    }

    @Test("the query for a country and a date range is built from bound values only")
    func querySQL() {
        let query = EventQuery(
            EventFilter(countries: ["CN"], from: PartialDate(iso: "2016"), to: PartialDate(iso: "2016-02")))
        #expect(
            query.sql
                == "SELECT e.id, e.name, e.kind, e.status, e.start, e.end, e.city, e.country FROM events e WHERE "
                + "e.id IN (SELECT event_id FROM event_countries WHERE country = ?) AND (e.first_day IS NULL) = 0 AND "
                + "e.last_day >= ? AND e.first_day <= ? ORDER BY e.first_day IS NULL, e.first_day, "
                + "e.start_precision, e.id")
        #expect(query.arguments == [.text("CN"), .text("2016-01-01"), .text("2016-02-29")])
    }

    @Test(
        "typed words become quoted FTS5 strings",
        arguments: [
            ("drug trafficking", "\"drug\" \"trafficking\""),
            ("say \"NEAR\"", "\"say\" \"\"\"NEAR\"\"\""),
            ("anti-terror", "\"anti-terror\""),
        ])
    func fullTextQuery(text: String, expected: String) {
        #expect(FullTextQuery.allWords(of: text) == expected)
    }

    @Test("blank text adds no full-text condition")
    func blankText() {
        #expect(FullTextQuery.allWords(of: "  \n ") == nil)
    }
}
