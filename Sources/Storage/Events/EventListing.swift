import Extraction

/// One event as lists and exports print it: its fields and lists flattened, read in one
/// query for the whole list (no query per event).
public struct EventListItem: Hashable, Sendable {
    public var id: EventID
    public var fields: EventFields
    public var countries: [String]
    public var organizations: [String]
    public var topics: [String]
    /// How many meetings report it.
    public var reports: Int
    /// The outlets of the articles that report it, sorted, without repeats.
    public var sources: [String]
    /// Every path of every article that reports it, as given to ingest, sorted.
    public var articlePaths: [String]
}

/// Lists events for the query commands: the rows of ``EventFilter`` in timeline order.
///
///     let rows = try EventListing(db).items(matching: EventFilter(countries: ["VN"]))
public struct EventListing {
    private let db: Database

    public init(_ db: Database) { self.db = db }

    /// The events `filter` selects, in timeline order, with their lists.
    ///
    /// - parameter withArticlePaths: whether to read every report's article paths (the JSON
    ///   outputs need them; tables and CSV do not, and skip the extra join per event).
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func items(matching filter: EventFilter = EventFilter(), withArticlePaths: Bool = true) throws
        -> [EventListItem]
    {
        let query = EventQuery(filter)
        let prefix = "SELECT \(EventQuery.columns) FROM events e"
        precondition(query.sql.hasPrefix(prefix), "EventQuery changed its select list")
        let paths = withArticlePaths ? Self.pathsColumn : "NULL"
        let sql =
            "SELECT \(EventQuery.columns), \(Self.listColumns), \(paths) FROM events e"
            + query.sql.dropFirst(prefix.count)
        return try db.makeStatement(sql).fetchAll(query.arguments).map(Self.load)
    }

    /// Lists joined with the unit separator (U+001F), which no id, source or path contains.
    private static let listColumns = """
        (SELECT group_concat(country, char(31)) FROM (SELECT country FROM event_countries \
        WHERE event_id = e.id ORDER BY country)), \
        (SELECT group_concat(organization, char(31)) FROM (SELECT organization FROM event_organizations \
        WHERE event_id = e.id ORDER BY organization)), \
        (SELECT group_concat(topic, char(31)) FROM (SELECT topic FROM event_topics \
        WHERE event_id = e.id ORDER BY topic)), \
        (SELECT count(*) FROM event_reports WHERE event_id = e.id), \
        (SELECT group_concat(source, char(31)) FROM (SELECT DISTINCT a.source FROM event_reports r \
        JOIN meetings m ON m.id = r.meeting_id JOIN articles a ON a.id = m.article_id \
        WHERE r.event_id = e.id AND a.source IS NOT NULL ORDER BY a.source))
        """

    /// Every report's article paths, joined like the lists.
    private static let pathsColumn = """
        (SELECT group_concat(path, char(31)) FROM (SELECT DISTINCT p.path FROM event_reports r \
        JOIN meetings m ON m.id = r.meeting_id JOIN article_paths p ON p.article_id = m.article_id \
        WHERE r.event_id = e.id ORDER BY p.path))
        """

    /// The parts of a list joined with U+001F, split on bytes (much faster than on characters).
    private static func split(_ joined: String) -> [String] {
        var parts: [String] = []
        let bytes = joined.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x1F {
                parts.append(String(joined[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        parts.append(String(joined[start..<bytes.endIndex]))
        return parts
    }

    private static func load(_ row: Row) -> EventListItem {
        let kind: String = row[2]
        let status: String = row[3]
        let list = { (index: Int) -> [String] in
            let joined: String? = row[index]
            return joined.map(Self.split) ?? []
        }
        let fields = EventFields(
            name: row[1], kind: MeetingKind(rawValue: kind) ?? .meeting,
            status: MeetingStatus(rawValue: status) ?? .held,
            start: row[4], end: row[5], city: row[6], country: row[7])
        return EventListItem(
            id: row[0], fields: fields, countries: list(8), organizations: list(9), topics: list(10), reports: row[11],
            sources: list(12), articlePaths: list(13))
    }
}
