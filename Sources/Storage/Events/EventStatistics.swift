/// Counts of events for `sectrack stats`.
public struct EventStatistics {
    private let db: Database

    public init(_ db: Database) { self.db = db }

    /// A value and how many events have it.
    public struct Count: Hashable, Sendable {
        public let value: String
        public let events: Int
    }

    /// Events per participating country, most first (ties alphabetical).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func perCountry() throws -> [Count] {
        try counts("SELECT country, count(*) AS n FROM event_countries GROUP BY country ORDER BY n DESC, country")
    }

    /// Events per year of their start, in year order; undated events are left out.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func perYear() throws -> [Count] {
        try counts(
            """
            SELECT substr(first_day, 1, 4) AS year, count(*) FROM events WHERE first_day IS NOT NULL \
            GROUP BY year ORDER BY year
            """)
    }

    /// Events per topic, most first (ties alphabetical).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func perTopic() throws -> [Count] {
        try counts("SELECT topic, count(*) AS n FROM event_topics GROUP BY topic ORDER BY n DESC, topic")
    }

    private func counts(_ sql: String) throws -> [Count] {
        try db.fetchAll(sql).map { Count(value: $0[0], events: $0[1]) }
    }
}
