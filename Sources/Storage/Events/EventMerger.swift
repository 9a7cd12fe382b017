import Extraction

/// Merges stored meetings into events as they arrive, in the caller's transaction.
///
/// For each batch of new meetings it finds every stored report linked to them by a chain of
/// compatible pairs (``MergeComponent``), clusters that set again (``EventClusterer``), moves
/// the reports whose event changed, and recomputes the fields of every event touched
/// (``EventSummary``). Because a component is clustered whole, the events are the same
/// whatever order the articles came in.
///
///     try db.transaction {
///         if case .inserted(_, let meetings) = try ArticleStore(db).save(article: article) {
///             try EventMerger(db).merge(meetings)
///         }
///     }
public struct EventMerger {
    private let db: Database

    /// A merger over `db`, whose schema ``Schema/prepare(_:)`` has set up.
    public init(_ db: Database) { self.db = db }

    /// Places `meetings` (already stored) in events, joining, splitting or creating events as
    /// the clustering decides.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func merge(_ meetings: [MeetingID]) throws {
        guard !meetings.isEmpty else { return }
        try db.transaction {
            let sql = "\(Self.reportColumns) WHERE m.id IN (\(Self.placeholders(meetings.count)))"
            // One meeting per article is the common case: its statement is cached.
            let statement = try meetings.count == 1 ? db.cachedStatement(sql) : db.makeStatement(sql)
            let seeds = try statement.fetchAll(meetings.map(\.databaseValue)).map(Self.load)
            var idOf: [ReportKey: MeetingID] = [:]
            for seed in seeds { idOf[seed.report.key] = seed.id }
            let component = try MergeComponent.around(seeds.map(\.report)) { report in
                try candidates(of: report).map { loaded in
                    idOf[loaded.report.key] = loaded.id
                    return loaded.report
                }
            }
            try store(EventClusterer.cluster(component), meetingIDs: idOf)
        }
    }

    /// Replaces what an older extractor found in `article` (``ArticleStore/replaceExtraction(of:with:extractorVersion:)``)
    /// and merges again the new meetings and the other reports of every event the old ones were in,
    /// all in one transaction.
    ///
    /// - throws: ``StoreError/noSuchArticle(_:)``, or ``DatabaseError`` when SQLite fails.
    public func replaceExtraction(of article: ArticleID, with extraction: ArticleExtraction, extractorVersion: Int)
        throws
    {
        try db.transaction {
            let others: [MeetingID] = try db.fetchAll(
                """
                SELECT r.meeting_id FROM event_reports r JOIN meetings m ON m.id = r.meeting_id \
                WHERE m.article_id != ? AND r.event_id IN (SELECT r2.event_id FROM event_reports r2 \
                JOIN meetings m2 ON m2.id = r2.meeting_id WHERE m2.article_id = ?)
                """,
                [article.databaseValue, article.databaseValue]
            ).map { $0[0] }
            let fresh = try ArticleStore(db).replaceExtraction(
                of: article, with: extraction, extractorVersion: extractorVersion)
            try merge(fresh + others)
        }
    }

    // MARK: Reading reports

    private struct Loaded {
        let id: MeetingID
        let report: MergeReport
    }

    private static let reportColumns = """
        SELECT m.id, a.hash, m.position, a.published, m.name, m.kind, m.status, m.start, m.end, m.city, m.country, \
        (SELECT group_concat(country) FROM meeting_countries WHERE meeting_id = m.id), \
        (SELECT group_concat(organization) FROM meeting_organizations WHERE meeting_id = m.id), \
        (SELECT group_concat(topic) FROM meeting_topics WHERE meeting_id = m.id) \
        FROM meetings m JOIN articles a ON a.id = m.article_id
        """

    private static func load(_ row: Row) -> Loaded {
        let kind: String = row[5]
        let status: String = row[6]
        let list = { (index: Int) -> [String] in
            let joined: String? = row[index]
            return joined.map { $0.split(separator: ",").map(String.init) } ?? []
        }
        let meeting = Meeting(
            name: row[4], kind: MeetingKind(rawValue: kind) ?? .meeting,
            status: MeetingStatus(rawValue: status) ?? .held,
            start: row[7], end: row[8], city: row[9], country: row[10], countries: list(11), organizations: list(12),
            topics: list(13))
        let key = ReportKey(article: row[1], index: row[2])
        return Loaded(id: row[0], report: MergeReport(key: key, published: row[3], meeting: meeting))
    }

    /// Stored reports that may be compatible with `report`: dated ones sharing a day with it,
    /// undated ones published near it, none with another host country.
    ///
    /// Dated reports are found through the `first_day` index: those starting at most
    /// ``shortSpan`` days before the window (days, months, short ranges) and those covering a
    /// whole year (starting on 1 January). A range longer than that which does not start on
    /// 1 January is not searched for, so it may miss a partner stored after it.
    private func candidates(of report: MergeReport) throws -> [Loaded] {
        let window: ClosedRange<Day>
        let undated: ClosedRange<Day>
        if let days = report.days {
            window = days
            let reach = ReportAffinity.undatedReach
            undated = days.lowerBound.adding(days: -reach)...days.upperBound.adding(days: reach)
        } else {
            guard let search = ReportAffinity.searchWindow(for: report), let published = report.published else {
                return []
            }
            window = search
            let near = ReportAffinity.undatedPairReach
            undated = published.adding(days: -near)...published.adding(days: near)
        }
        // Three index searches joined with UNION ALL: SQLite's own OR optimisation over them
        // read every row in the date range before filtering, several times slower.
        var sql = """
            \(Self.reportColumns) WHERE m.id IN (\
            SELECT id FROM meetings WHERE first_day BETWEEN ? AND ? AND last_day >= ? \
            UNION ALL SELECT id FROM meetings WHERE first_day = ? AND last_day >= ? \
            UNION ALL SELECT u.id FROM meetings u JOIN articles ua ON ua.id = u.article_id \
            WHERE u.first_day IS NULL AND ua.published BETWEEN ? AND ?)
            """
        let yearStart = Day(year: window.lowerBound.year, month: 1, day: 1)!
        var arguments: [DatabaseValue] = [
            window.lowerBound.adding(days: -Self.shortSpan).databaseValue, window.upperBound.databaseValue,
            window.lowerBound.databaseValue, yearStart.databaseValue, window.lowerBound.databaseValue,
            undated.lowerBound.databaseValue, undated.upperBound.databaseValue,
        ]
        if let country = report.meeting.country {
            sql += " AND (m.country IS NULL OR m.country = ?)"
            arguments.append(.text(country))
        }
        return try db.cachedStatement(sql).fetchAll(arguments).map(Self.load)
    }

    /// How far (days) before a window a stored report's dates may start and still be searched
    /// by range: two months, so every month and every short range is found.
    private static let shortSpan = 62

    // MARK: Writing events

    private func store(_ groups: [[MergeReport]], meetingIDs idOf: [ReportKey: MeetingID]) throws {
        var previous: [ReportKey: EventID] = [:]
        let events = EventStore(db)
        for group in groups {
            for report in group {
                if let id = idOf[report.key] { previous[report.key] = try events.event(reportedBy: id) }
            }
        }
        let keys = groups.map { $0.map(\.key) }
        let reused = EventIdentity.reuse(groups: keys, previous: previous)
        let fields = groups.map { Self.fields(EventSummary($0.map(\.meeting))) }
        var eventOfGroup: [EventID] = []
        var changed: Set<EventID> = []
        for (index, reuse) in reused.enumerated() {
            if let reuse {
                eventOfGroup.append(reuse)
            } else {
                let created = try events.create(fields[index])
                eventOfGroup.append(created)
                changed.insert(created)
            }
        }
        // Only events that gain or lose a report change; the others keep their reports, so
        // their merged fields and lists stay as they are.
        for (group, event) in zip(groups, eventOfGroup) {
            for report in group where previous[report.key] != event {
                changed.insert(event)
                if let old = previous[report.key] { changed.insert(old) }
            }
        }
        for (index, group) in groups.enumerated() {
            let event = eventOfGroup[index]
            for report in group where previous[report.key] != event {
                guard let meeting = idOf[report.key] else { continue }
                try db.execute("DELETE FROM event_reports WHERE meeting_id = ?", [meeting.databaseValue])
                try db.execute(
                    "INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)",
                    [event.databaseValue, meeting.databaseValue])
            }
            if reused[index] != nil, changed.contains(event) { try events.update(event, fields: fields[index]) }
        }
        for event in changed.sorted() { try events.refreshAfterReportsChanged(event) }
    }

    private static func fields(_ summary: EventSummary) -> EventFields {
        EventFields(
            name: summary.name?.value, kind: summary.kind.value, status: summary.status, start: summary.start?.value,
            end: summary.end?.value, city: summary.city?.value, country: summary.country?.value)
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: max(count, 1)).joined(separator: ", ")
    }
}
