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
    /// The stored reports read so far: keep one merger for a run of merges (ingest keeps one
    /// for all its batches) so that each month of reports is read once.
    private let index = ReportIndex()

    /// A merger over `db`, whose schema ``Schema/prepare(_:)`` has set up.
    ///
    /// A merger remembers the reports it has read, the events it placed them in and the fields
    /// it wrote for them, while every meeting stored or removed on `db`, and every report placed
    /// or event changed, goes through it
    /// (``merge(_:of:storedAs:)``, ``merge(_:)``,
    /// ``replaceExtraction(of:with:extractorVersion:)``); when a transaction around its work
    /// fails after a merge succeeded, call ``forgetReports()``. Writes of other connections are
    /// noticed by itself.
    public init(_ db: Database) { self.db = db }

    /// Places `meetings` (already stored) in events, joining, splitting or creating events as
    /// the clustering decides.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func merge(_ meetings: [MeetingID]) throws {
        guard !meetings.isEmpty else { return }
        try place(fresh: false) { try StoredReports(db: db).reports(meetings) }
    }

    /// Places the meetings of `article`, just stored as article `id` with meeting ids
    /// `meetings` (in the extraction's order), without reading them back. In the caller's
    /// transaction, without a savepoint of its own: when it throws, roll that transaction back.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func merge(_ meetings: [MeetingID], of article: NewArticle, storedAs id: ArticleID) throws {
        precondition(meetings.count == article.rows.reports.count, "one id per meeting of the article")
        guard !meetings.isEmpty else { return }
        try place(fresh: true) {
            zip(meetings, article.rows.reports).map { StoredReport(id: $0, article: id, report: $1) }
        }
    }

    /// Forgets the reports read so far: after a transaction that held a merge rolled back.
    public func forgetReports() { index.removeAll() }

    /// Replaces what an older extractor found in `article` (``ArticleStore/replaceExtraction(of:with:extractorVersion:)``)
    /// and merges again the new meetings and the other reports of every event the old ones were in,
    /// all in one transaction.
    ///
    /// - throws: ``StoreError/noSuchArticle(_:)``, or ``DatabaseError`` when SQLite fails.
    public func replaceExtraction(of article: ArticleID, with extraction: ArticleExtraction, extractorVersion: Int)
        throws
    {
        do {
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
                index.removeReports(of: article)
                try merge(fresh + others)
            }
        } catch {
            index.removeAll()
            throw error
        }
    }

    /// Merges the reports `seeds` gives; `fresh` tells that they were just stored and report no
    /// event yet. Runs in a transaction of its own, or inside the caller's without a savepoint
    /// (a failure there leaves the rollback to the caller); forgets every report read when it
    /// fails, since its writes are rolled back.
    private func place(fresh: Bool, _ seeds: () throws -> [StoredReport]) throws {
        do {
            if db.isInTransaction {
                try cluster(fresh: fresh, seeds)
            } else {
                try db.transaction { try cluster(fresh: fresh, seeds) }
            }
        } catch {
            index.removeAll()
            throw error
        }
    }

    /// Clusters the component around the seeds again and writes the events it makes.
    private func cluster(fresh: Bool, _ seeds: () throws -> [StoredReport]) throws {
        index.synchronize(dataVersion: try db.fetchOne(Self.dataVersion)![0])
        let seeds = try seeds()
        var idOf: [ReportKey: MeetingID] = [:]
        for seed in seeds {
            index.insert(seed)
            idOf[seed.report.key] = seed.id
        }
        let source = StoredReports(db: db)
        let component = try MergeComponent.around(seeds.map(\.report)) { report in
            try index.candidates(of: report, from: source).map { stored in
                idOf[stored.report.key] = stored.id
                return stored.report
            }
        }
        let unplaced = fresh ? Set(seeds.map(\.report.key)) : []
        try store(EventClusterer.cluster(component), meetingIDs: idOf, unplaced: unplaced)
    }

    // MARK: Writing events

    /// Writes the events `groups` make; the reports `unplaced` report no event yet.
    private func store(
        _ groups: [[MergeReport]], meetingIDs idOf: [ReportKey: MeetingID], unplaced: Set<ReportKey>
    ) throws {
        var previous: [ReportKey: EventID] = [:]
        let events = EventStore(db)
        for group in groups {
            for report in group where !unplaced.contains(report.key) {
                if let id = idOf[report.key] {
                    previous[report.key] = try index.event(of: id) ?? events.event(reportedBy: id)
                }
            }
        }
        let keys = groups.map { $0.map(\.key) }
        let reused = EventIdentity.reuse(groups: keys, previous: previous)
        // A group's fields are summed up only when its event is created or changes.
        let fields = { (index: Int) in
            groups[index].count == 1
                ? EventSummary.fields(ofOnly: groups[index][0].meeting)
                : Self.fields(EventSummary(groups[index].map(\.meeting)))
        }
        var eventOfGroup: [EventID] = []
        for (index, reuse) in reused.enumerated() {
            if let reuse {
                eventOfGroup.append(reuse)
                continue
            }
            let made = fields(index)
            let event = try events.create(made)
            self.index.remember(made, of: event)
            eventOfGroup.append(event)
        }
        // Only events that gain or lose a report change; the others keep their reports, so
        // their merged fields and lists stay as they are.
        var changed: Set<EventID> = []
        var left: Set<EventID> = []
        for (group, event) in zip(groups, eventOfGroup) {
            for report in group where previous[report.key] != event {
                changed.insert(event)
                if let old = previous[report.key] { left.insert(old) }
            }
        }
        changed.formUnion(left)
        for (index, group) in groups.enumerated() {
            let event = eventOfGroup[index]
            for report in group {
                guard let meeting = idOf[report.key] else { continue }
                if previous[report.key] != event {
                    try events.move(meeting, listing: report.meeting, from: previous[report.key], to: event)
                }
                self.index.place(meeting, in: event)
            }
            guard reused[index] != nil, changed.contains(event) else { continue }
            // Fields the event holds already need no update.
            let summed = fields(index)
            if self.index.fields(of: event) != summed {
                try events.update(event, fields: summed)
                self.index.remember(summed, of: event)
            }
        }
        for event in left.sorted() {
            try events.deleteIfUnreported(event)
            self.index.forgetFields(of: event)
        }
    }

    private static let dataVersion = StatementKey("PRAGMA data_version")

    private static func fields(_ summary: EventSummary) -> EventFields {
        EventFields(
            name: summary.name?.value, kind: summary.kind.value, status: summary.status, start: summary.start?.value,
            end: summary.end?.value, city: summary.city?.value, country: summary.country?.value)
    }
}
