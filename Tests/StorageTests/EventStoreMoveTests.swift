import Extraction
import Testing

@testable import Storage

@Suite("Event store: moving reports")
struct EventStoreMoveTests {
    private let meetings = [
        Meeting(kind: .talks, status: .held, countries: ["LA", "VN"], topics: ["drugs"]),
        Meeting(kind: .talks, status: .held, countries: ["KH", "VN"], organizations: ["asean"], topics: ["drugs"]),
        Meeting(kind: .talks, status: .held, countries: ["TH"]),
    ]

    /// Every row of the event lists, as `event/value/reports` strings.
    private func lists(_ db: Database) throws -> [String] {
        try db.fetchAll(
            """
            SELECT event_id, country, reports FROM event_countries UNION ALL \
            SELECT event_id, organization, reports FROM event_organizations UNION ALL \
            SELECT event_id, topic, reports FROM event_topics ORDER BY 1, 2
            """
        ).map { "\($0[0] as Int)/\($0[1] as String)/\($0[2] as Int)" }
    }

    @Test("moving reports between events keeps the counts a full refresh computes, and an event left empty goes")
    func countsMatchRefresh() throws {
        let folder = try TemporaryDirectory()
        let db = try folder.preparedDatabase()
        let events = EventStore(db)
        let ids = try meetings.enumerated().map { index, meeting in
            let outcome = try ArticleStore(db).save(
                article: Samples.article(path: "\(index).txt", bytes: "Report \(index).", meetings: [meeting]))
            guard case .inserted(_, let ids) = outcome else { fatalError("fixture \(index) already known") }
            return ids[0]
        }
        let first = try events.create(EventFields(meetings[0]))
        let second = try events.create(EventFields(meetings[2]))
        try events.move(ids[0], listing: meetings[0], from: nil, to: first)
        try events.move(ids[1], listing: meetings[1], from: nil, to: first)
        try events.move(ids[2], listing: meetings[2], from: nil, to: second)
        #expect(try lists(db) == ["1/KH/1", "1/LA/1", "1/VN/2", "1/asean/1", "1/drugs/2", "2/TH/1"])
        try events.move(ids[1], listing: meetings[1], from: first, to: second)
        let moved = try lists(db)
        try events.refreshAfterReportsChanged(first)
        try events.refreshAfterReportsChanged(second)
        #expect(moved == (try lists(db)))
        #expect(moved == ["1/LA/1", "1/VN/1", "1/drugs/1", "2/KH/1", "2/TH/1", "2/VN/1", "2/asean/1", "2/drugs/1"])

        try events.move(ids[0], listing: meetings[0], from: first, to: second)
        try events.deleteIfUnreported(first)
        try events.deleteIfUnreported(second)
        #expect(try events.count() == 1)
        #expect(try events.event(reportedBy: ids[0]) == second)
    }
}
