import Extraction

/// Reads stored meetings as the merger sees them (``MergeReport``: the article's hash and
/// publication date, the meeting's fields and lists, no evidence).
struct StoredReports: ReportSource {
    let db: Database

    /// The reports of the meetings `ids`, in no particular order.
    func reports(_ ids: [MeetingID]) throws -> [StoredReport] {
        guard !ids.isEmpty else { return [] }
        let sql = "\(Self.columns) WHERE m.id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))"
        // One meeting per article is the common case: its statement is cached.
        let statement = try ids.count == 1 ? db.cachedStatement(sql) : db.makeStatement(sql)
        return try statement.fetchAll(ids.map(\.databaseValue)).map(Self.load)
    }

    func reports(startingIn days: ClosedRange<Day>) throws -> [StoredReport] {
        try db.fetchAll(
            Self.startingIn,
            [days.lowerBound.databaseValue, days.upperBound.databaseValue]
        ).map(Self.load)
    }

    func undatedReports() throws -> [StoredReport] {
        try db.fetchAll("\(Self.columns) WHERE m.first_day IS NULL").map(Self.load)
    }

    private static let columns = """
        SELECT m.id, m.article_id, a.hash, m.position, a.published, m.name, m.kind, m.status, m.start, m.end, \
        m.city, m.country, \
        (SELECT group_concat(value) FROM json_each(m.countries)), \
        (SELECT group_concat(value) FROM json_each(m.organizations)), \
        (SELECT group_concat(value) FROM json_each(m.topics)) \
        FROM meetings m JOIN articles a ON a.id = m.article_id
        """

    private static let startingIn = StatementKey("\(columns) WHERE m.first_day BETWEEN ? AND ?")

    private static func load(_ row: Row) -> StoredReport {
        let kind: String = row[6]
        let status: String = row[7]
        let list = { (index: Int) -> [String] in
            let joined: String? = row[index]
            return joined.map { $0.utf8.split(separator: UInt8(ascii: ",")).map { String($0)! } } ?? []
        }
        let meeting = Meeting(
            name: row[5], kind: MeetingKind(rawValue: kind) ?? .meeting,
            status: MeetingStatus(rawValue: status) ?? .held,
            start: row[8], end: row[9], city: row[10], country: row[11], countries: list(12), organizations: list(13),
            topics: list(14))
        let key = ReportKey(article: row[2], index: row[3])
        return StoredReport(
            id: row[0], article: row[1], report: MergeReport(key: key, published: row[4], meeting: meeting))
    }
}
