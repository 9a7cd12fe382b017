/// Full-text search over stored articles, for `sectrack search`.
public struct ArticleSearch {
    private let db: Database

    public init(_ db: Database) { self.db = db }

    /// One article that matched, with a snippet and the events its meetings report.
    public struct Hit: Hashable, Sendable {
        public let article: ArticleID
        /// Every path it was ingested under, sorted.
        public let paths: [String]
        public let title: String?
        /// Text around the matches, each match between `highlightStart` and `highlightEnd`.
        public let snippet: String
        /// The events its meetings report, by id.
        public let events: [EventID]
    }

    /// Marks the start of a matched word in ``Hit/snippet`` (U+0002, never in stored text).
    public static let highlightStart = "\u{2}"
    /// Marks the end of a matched word in ``Hit/snippet`` (U+0003).
    public static let highlightEnd = "\u{3}"

    /// Articles containing every word of `query` (stemmed, any case), best match first.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func search(_ query: String, limit: Int = 20) throws -> [Hit] {
        guard let match = FullTextQuery.allWords(of: query) else { return [] }
        let rows = try db.fetchAll(
            """
            SELECT a.id, a.title, snippet(article_text, 1, char(2), char(3), '…', 16), \
            (SELECT group_concat(path, char(31)) FROM (SELECT path FROM article_paths WHERE article_id = a.id \
            ORDER BY path)), \
            (SELECT group_concat(event_id, ',') FROM (SELECT DISTINCT r.event_id FROM event_reports r \
            JOIN meetings m ON m.id = r.meeting_id WHERE m.article_id = a.id ORDER BY r.event_id)) \
            FROM article_text JOIN articles a ON a.id = article_text.rowid \
            WHERE article_text MATCH ? ORDER BY rank LIMIT ?
            """,
            [.text(match), limit.databaseValue])
        return rows.map { row in
            let paths: String? = row[3]
            let events: String? = row[4]
            return Hit(
                article: row[0], paths: paths?.split(separator: "\u{1F}").map(String.init) ?? [], title: row[1],
                snippet: row[2],
                events: events?.split(separator: ",").compactMap { Int64($0) }.map(EventID.init) ?? [])
        }
    }
}
