/// The SQL for an ``EventFilter``: fixed fragments chosen by the filter's shape, every value
/// bound. Results come in timeline order: by first day, a less precise date before a more
/// precise one on the same first day, undated events last, then by id.
struct EventQuery: Equatable {
    let sql: String
    let arguments: [DatabaseValue]

    init(_ filter: EventFilter) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        func require(_ condition: String, _ values: DatabaseValue...) {
            conditions.append(condition)
            arguments += values
        }
        for country in filter.countries {
            require("e.id IN (SELECT event_id FROM event_countries WHERE country = ?)", .text(country))
        }
        for topic in filter.topics {
            require("e.id IN (SELECT event_id FROM event_topics WHERE topic = ?)", .text(topic))
        }
        for organization in filter.organizations {
            require(
                "e.id IN (SELECT event_id FROM event_organizations WHERE organization = ?)", .text(organization))
        }
        if filter.from != nil || filter.to != nil {
            // Spelled as the events_timeline index's first column, so date ranges search it.
            require("(e.first_day IS NULL) = 0")
        }
        if let from = filter.from { require("e.last_day >= ?", from.firstDay.databaseValue) }
        if let to = filter.to { require("e.first_day <= ?", to.lastDay.databaseValue) }
        if let city = filter.city { require("e.city = ? COLLATE NOCASE", .text(city)) }
        if let kind = filter.kind { require("e.kind = ?", .text(kind.rawValue)) }
        if let status = filter.status { require("e.status = ?", .text(status.rawValue)) }
        if let text = filter.text, let match = FullTextQuery.allWords(of: text) {
            require(
                """
                e.id IN (SELECT r.event_id FROM event_reports r JOIN meetings m ON m.id = r.meeting_id \
                WHERE m.article_id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?))
                """,
                .text(match))
        }
        var sql = "SELECT \(Self.columns) FROM events e"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY \(Self.timelineOrder)"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            arguments.append(limit.databaseValue)
        }
        self.sql = sql
        self.arguments = arguments
    }

    /// The columns ``EventStore`` reads, in order.
    static let columns = "e.id, e.name, e.kind, e.status, e.start, e.end, e.city, e.country"
    /// Matches the `events_timeline` index, so the order needs no sort of its own.
    static let timelineOrder = "e.first_day IS NULL, e.first_day, e.start_precision, e.id"
}
