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

    /// Inserts `meetings` for `article`, lists and evidence included, one row each; returns
    /// their ids in order. The caller holds the transaction.
    ///
    /// - throws: ``StoreError/negativeEvidenceSpan(_:)`` for evidence that points nowhere, or
    ///   ``DatabaseError`` when SQLite fails.
    func insert(_ meetings: [Meeting], article: ArticleID) throws -> [MeetingID] {
        try insert(
            rows: meetings.enumerated().map { position, meeting in
                try MeetingRow.values(of: meeting, position: position)
            },
            article: article)
    }

    /// Inserts the meetings whose values ``MeetingRow`` made, for `article`; returns their ids
    /// in order. The caller holds the transaction.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    func insert(rows: [[DatabaseValue]], article: ArticleID) throws -> [MeetingID] {
        var ids: [MeetingID] = []
        ids.reserveCapacity(rows.count)
        let statement = try db.cachedStatement(Self.insertRow)
        for values in rows {
            try statement.execute([article.databaseValue] + values)
            ids.append(MeetingID(db.lastInsertedRowID))
        }
        return ids
    }

    private static let insertRow = StatementKey(
        "INSERT INTO meetings(article_id, \(MeetingRow.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

    private static let columns =
        """
        SELECT id, article_id, name, kind, status, start, end, city, country, evidence, countries, organizations, \
        topics FROM meetings
        """

    private func load(_ row: Row) throws -> StoredMeeting {
        let id: MeetingID = row[0]
        let kind: String = row[3]
        let status: String = row[4]
        let meeting = Meeting(
            name: row[2], kind: MeetingKind(rawValue: kind)!, status: MeetingStatus(rawValue: status)!,
            start: row[5], end: row[6], city: row[7], country: row[8],
            countries: try strings(row.values[10]), organizations: try strings(row.values[11]),
            topics: try strings(row.values[12]),
            evidence: try evidence(row[9], of: id))
        return StoredMeeting(id: id, article: row[1], meeting: meeting)
    }

    /// The values of a list column (``JSONList``), in order.
    private func strings(_ list: DatabaseValue) throws -> [String] {
        try db.fetchAll("SELECT value FROM json_each(?)", [list]).map { $0[0] }
    }

    private func evidence(_ blob: Data, of id: MeetingID) throws -> [Evidence] {
        guard let items = EvidenceBlob.decode(blob) else { throw StoreError.unreadableEvidence(id) }
        return items
    }
}
