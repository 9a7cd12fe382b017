import Extraction

/// Stores merged events: real-world gatherings, each reported by one or more meetings.
///
/// The merger decides which meetings report the same gathering and what the merged fields
/// are; the store keeps each event's countries, organisations and topics as the union of its
/// reports' lists, with how many reports name each value.
///
///     let events = EventStore(db)
///     let id = try events.create(EventFields(meeting))
///     try events.attach(meetingID, to: id)
///     let timeline = try events.events(matching: EventFilter(countries: ["VN"]))
public struct EventStore {
    let db: Database

    /// A store over `db`, whose schema ``Schema/prepare(_:)`` has set up.
    public init(_ db: Database) { self.db = db }

    /// Creates an event with `fields` and no reports yet; attach its meetings next.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func create(_ fields: EventFields) throws -> EventID {
        try db.execute(Self.insertEvent, Self.arguments(fields))
        return EventID(db.lastInsertedRowID)
    }

    /// Replaces the merged fields of `event`.
    ///
    /// - throws: ``StoreError/noSuchEvent(_:)``, or ``DatabaseError`` when SQLite fails.
    public func update(_ event: EventID, fields: EventFields) throws {
        // A report that joins an event often leaves its fields as they were: then no row or
        // index entry is written again.
        var arguments = Self.arguments(fields)
        arguments.append(event.databaseValue)
        try db.execute(Self.updateEvent, arguments)
        if db.changedRowCount == 1 { return }
        guard try db.fetchOne(Self.eventExists, [event.databaseValue]) != nil else {
            throw StoreError.noSuchEvent(event)
        }
    }

    /// Records that `meeting` reports `event`, and adds its lists to the event's. A meeting
    /// reports one event: one that reported another before moves, and an event it leaves
    /// without reports is deleted.
    ///
    /// - throws: ``StoreError/noSuchMeeting(_:)``, ``StoreError/noSuchEvent(_:)``, or
    ///   ``DatabaseError`` when SQLite fails.
    public func attach(_ meeting: MeetingID, to event: EventID) throws {
        try db.transaction {
            guard try db.fetchOne("SELECT 1 FROM meetings WHERE id = ?", [meeting.databaseValue]) != nil else {
                throw StoreError.noSuchMeeting(meeting)
            }
            guard try db.fetchOne("SELECT 1 FROM events WHERE id = ?", [event.databaseValue]) != nil else {
                throw StoreError.noSuchEvent(event)
            }
            let previous = try self.event(reportedBy: meeting)
            if previous == event { return }
            try db.execute("DELETE FROM event_reports WHERE meeting_id = ?", [meeting.databaseValue])
            try db.execute(
                "INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)",
                [event.databaseValue, meeting.databaseValue])
            if let previous { try refreshAfterReportsChanged(previous) }
            try refreshAfterReportsChanged(event)
        }
    }

    /// The event `meeting` reports, or `nil` when it has not been merged yet.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func event(reportedBy meeting: MeetingID) throws -> EventID? {
        try db.fetchOne(Self.eventOfMeeting, [meeting.databaseValue]).map { $0[0] }
    }

    /// The event with row id `id`, or `nil`.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func event(id: EventID) throws -> Event? {
        try db.fetchOne("SELECT \(EventQuery.columns) FROM events e WHERE e.id = ?", [id.databaseValue]).map(load)
    }

    /// The events `filter` selects, in timeline order: by first day, a less precise date before
    /// a more precise one on the same day (a month sorts at its start), undated events last.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func events(matching filter: EventFilter = EventFilter()) throws -> [Event] {
        let query = EventQuery(filter)
        return try db.makeStatement(query.sql).fetchAll(query.arguments).map(load)
    }

    /// How many events are stored.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func count() throws -> Int {
        try db.fetchOne("SELECT count(*) FROM events")![0]
    }

    /// The events that meetings of `article` report.
    func events(reportedByArticle article: ArticleID) throws -> [EventID] {
        try db.fetchAll(
            """
            SELECT DISTINCT r.event_id FROM event_reports r JOIN meetings m ON m.id = r.meeting_id \
            WHERE m.article_id = ?
            """,
            [article.databaseValue]
        ).map { $0[0] }
    }

    /// Recomputes `event`'s lists from its reports, deleting the event if none is left.
    func refreshAfterReportsChanged(_ event: EventID) throws {
        let id = event.databaseValue
        guard try db.fetchOne("SELECT 1 FROM event_reports WHERE event_id = ?", [id]) != nil else {
            try db.execute("DELETE FROM events WHERE id = ?", [id])
            return
        }
        for list in Self.lists {
            try db.execute("DELETE FROM \(list.eventTable) WHERE event_id = ?", [id])
            try db.execute(
                """
                INSERT INTO \(list.eventTable)(event_id, \(list.column), reports) \
                SELECT r.event_id, l.value, count(*) FROM event_reports r \
                JOIN meetings m ON m.id = r.meeting_id, json_each(m.\(list.meetingColumn)) l \
                WHERE r.event_id = ? GROUP BY l.value
                """,
                [id])
        }
    }

    /// The list fields, their event tables and value columns, and the `meetings` columns that
    /// hold them: fixed names chosen by code, never values.
    static let lists: [(field: MeetingField, eventTable: String, meetingColumn: String, column: String)] = [
        (.countries, "event_countries", "countries", "country"),
        (.organizations, "event_organizations", "organizations", "organization"),
        (.topics, "event_topics", "topics", "topic"),
    ]

    private static let insertEvent = StatementKey(
        """
        INSERT INTO events(name, kind, status, start, end, first_day, last_day, start_precision, city, country) \
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    private static let updateEvent = StatementKey(
        """
        UPDATE events SET name = ?1, kind = ?2, status = ?3, start = ?4, end = ?5, first_day = ?6, \
        last_day = ?7, start_precision = ?8, city = ?9, country = ?10 WHERE id = ?11 AND NOT (name IS ?1 \
        AND kind IS ?2 AND status IS ?3 AND start IS ?4 AND end IS ?5 AND first_day IS ?6 AND last_day IS ?7 \
        AND start_precision IS ?8 AND city IS ?9 AND country IS ?10)
        """)
    private static let eventExists = StatementKey("SELECT 1 FROM events WHERE id = ?")
    private static let eventOfMeeting = StatementKey("SELECT event_id FROM event_reports WHERE meeting_id = ?")

    private static func arguments(_ fields: EventFields) -> [DatabaseValue] {
        let range = DateRange(start: fields.start, end: fields.end)
        return [
            fields.name.databaseValue, .text(fields.kind.rawValue), .text(fields.status.rawValue),
            fields.start.databaseValue, fields.end.databaseValue, range.firstDay.databaseValue,
            range.lastDay.databaseValue, (fields.start ?? fields.end)?.precision.databaseValue ?? .null,
            fields.city.databaseValue, fields.country.databaseValue,
        ]
    }

    private func load(_ row: Row) throws -> Event {
        let id: EventID = row[0]
        let kind: String = row[2]
        let status: String = row[3]
        let fields = EventFields(
            name: row[1], kind: MeetingKind(rawValue: kind)!, status: MeetingStatus(rawValue: status)!,
            start: row[4], end: row[5], city: row[6], country: row[7])
        var counts: [MeetingField: [String: Int]] = [:]
        for list in Self.lists {
            let rows = try db.fetchAll(
                "SELECT \(list.column), reports FROM \(list.eventTable) WHERE event_id = ? ORDER BY \(list.column)",
                [id.databaseValue])
            counts[list.field] = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
        }
        let reports: [MeetingID] = try db.fetchAll(
            "SELECT meeting_id FROM event_reports WHERE event_id = ? ORDER BY meeting_id", [id.databaseValue]
        ).map { $0[0] }
        let paths: [String] = try db.fetchAll(
            """
            SELECT DISTINCT p.path FROM event_reports r JOIN meetings m ON m.id = r.meeting_id \
            JOIN article_paths p ON p.article_id = m.article_id WHERE r.event_id = ? ORDER BY p.path
            """,
            [id.databaseValue]
        ).map { $0[0] }
        return Event(
            id: id, fields: fields, countries: (counts[.countries] ?? [:]).keys.sorted(),
            organizations: (counts[.organizations] ?? [:]).keys.sorted(),
            topics: (counts[.topics] ?? [:]).keys.sorted(),
            reportCounts: counts, reports: reports, articlePaths: paths)
    }
}
