import Extraction
import Foundation

/// Reads and writes the meetings each article reports, with their lists and evidence.
///
///     let meetings = try MeetingStore(db).meetings(of: articleID).map(\.meeting)
///
/// Meetings are written by ``ArticleStore`` (with their article, in one transaction).
public struct MeetingStore {
    private let db: Database

    /// A store over `db`, whose schema ``Schema/prepare(_:)`` has set up.
    public init(_ db: Database) { self.db = db }

    /// The meetings `article` reports, in the order the extractor gave them.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func meetings(of article: ArticleID) throws -> [StoredMeeting] {
        try db.fetchAll("\(Self.columns) WHERE article_id = ? ORDER BY position", [article.databaseValue])
            .map(load)
    }

    /// The meeting with row id `id`, or `nil`.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func meeting(id: MeetingID) throws -> StoredMeeting? {
        try db.fetchOne("\(Self.columns) WHERE id = ?", [id.databaseValue]).map(load)
    }

    /// The meetings that report no event yet, oldest first: what the merger has still to place.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func meetingsWithoutEvent() throws -> [StoredMeeting] {
        try db.fetchAll(
            "\(Self.columns) WHERE id NOT IN (SELECT meeting_id FROM event_reports) ORDER BY id"
        ).map(load)
    }

    /// Inserts `meetings` for `article`, lists and evidence included; returns their ids in order.
    /// The caller holds the transaction.
    ///
    /// - throws: ``StoreError/negativeEvidenceSpan(_:)`` for evidence that points nowhere, or
    ///   ``DatabaseError`` when SQLite fails.
    func insert(_ meetings: [Meeting], article: ArticleID) throws -> [MeetingID] {
        var ids: [MeetingID] = []
        var countries: [DatabaseValue] = []
        var organizations: [DatabaseValue] = []
        var topics: [DatabaseValue] = []
        for (position, meeting) in meetings.enumerated() {
            let range = DateRange(start: meeting.start, end: meeting.end)
            let evidence = try EvidenceBlob.encode(meeting.evidence)
            try db.execute(
                """
                INSERT INTO meetings(article_id, position, name, kind, status, start, end, first_day, last_day, \
                city, country, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    article.databaseValue, position.databaseValue, meeting.name.databaseValue,
                    .text(meeting.kind.rawValue), .text(meeting.status.rawValue), meeting.start.databaseValue,
                    meeting.end.databaseValue, range.firstDay.databaseValue, range.lastDay.databaseValue,
                    meeting.city.databaseValue, meeting.country.databaseValue, .blob(Data(evidence)),
                ])
            let id = MeetingID(db.lastInsertedRowID)
            ids.append(id)
            for country in meeting.countries { countries += [id.databaseValue, .text(country)] }
            for organization in meeting.organizations { organizations += [id.databaseValue, .text(organization)] }
            for topic in meeting.topics { topics += [id.databaseValue, .text(topic)] }
        }
        // The lists of all the article's meetings go in a few multi-row statements.
        try Self.countryRows.run(countries, in: db)
        try Self.organizationRows.run(organizations, in: db)
        try Self.topicRows.run(topics, in: db)
        return ids
    }

    private static let countryRows = RowInsert(into: "meeting_countries", columns: ["meeting_id", "country"])
    private static let organizationRows = RowInsert(
        into: "meeting_organizations", columns: ["meeting_id", "organization"])
    private static let topicRows = RowInsert(into: "meeting_topics", columns: ["meeting_id", "topic"])

    private static let columns =
        "SELECT id, article_id, name, kind, status, start, end, city, country, evidence FROM meetings"

    private func load(_ row: Row) throws -> StoredMeeting {
        let id: MeetingID = row[0]
        let kind: String = row[3]
        let status: String = row[4]
        let meeting = Meeting(
            name: row[2], kind: MeetingKind(rawValue: kind)!, status: MeetingStatus(rawValue: status)!,
            start: row[5], end: row[6], city: row[7], country: row[8],
            countries: try strings("SELECT country FROM meeting_countries WHERE meeting_id = ?", id),
            organizations: try strings("SELECT organization FROM meeting_organizations WHERE meeting_id = ?", id),
            topics: try strings("SELECT topic FROM meeting_topics WHERE meeting_id = ?", id),
            evidence: try evidence(row[9], of: id))
        return StoredMeeting(id: id, article: row[1], meeting: meeting)
    }

    private func strings(_ sql: String, _ id: MeetingID) throws -> [String] {
        try db.fetchAll(sql, [id.databaseValue]).map { $0[0] }
    }

    private func evidence(_ blob: Data, of id: MeetingID) throws -> [Evidence] {
        guard let items = EvidenceBlob.decode(Array(blob)) else { throw StoreError.unreadableEvidence(id) }
        return items
    }
}
