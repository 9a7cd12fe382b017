import Extraction

extension EventStore {
    /// Records that `meeting` reports `event` instead of `previous` (`nil`: no event yet), and
    /// moves its countries, organisations and topics from the one event's counts to the other's.
    ///
    /// The counts end as ``refreshAfterReportsChanged(_:)`` would recompute them from every
    /// report, without reading the other reports. `listing` is the meeting with its lists as
    /// stored (each value counted once). The caller holds the transaction, and deletes `previous` when
    /// it is left without reports (``deleteIfUnreported(_:)``).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    func move(_ meeting: MeetingID, listing: Meeting, from previous: EventID?, to event: EventID) throws {
        let id = meeting.databaseValue
        if let previous {
            try db.execute(Self.removeReport, [id])
            for (list, sql) in zip(Self.lists, Self.listSQL) {
                let values = Self.values(of: list.field, in: listing).sortedUnique()
                guard !values.isEmpty else { continue }
                let removal = try db.cachedStatement(sql.removal)
                let decrement = try db.cachedStatement(sql.decrement)
                for value in values {
                    try removal.execute([previous.databaseValue, .text(value)])
                    if db.changedRowCount == 0 { try decrement.execute([previous.databaseValue, .text(value)]) }
                }
            }
        }
        try db.execute(Self.addReport, [event.databaseValue, id])
        for (list, sql) in zip(Self.lists, Self.listSQL) {
            let values = Self.values(of: list.field, in: listing).sortedUnique()
            guard !values.isEmpty else { continue }
            // One statement per value: a statement of several rows would keep a journal of the
            // pages it changes, which costs more than it saves.
            let increment = try db.cachedStatement(sql.increment)
            for value in values { try increment.execute([event.databaseValue, .text(value)]) }
        }
    }

    /// The statements of each list (``lists``), made once, not for every move.
    private static let listSQL = lists.map { ListSQL(table: $0.eventTable, column: $0.column) }

    private static let removeReport = StatementKey("DELETE FROM event_reports WHERE meeting_id = ?")
    private static let addReport = StatementKey("INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)")

    /// Deletes `event` when no meeting reports it any more.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    func deleteIfUnreported(_ event: EventID) throws {
        try db.execute(Self.deleteUnreported, [event.databaseValue, event.databaseValue])
    }

    private static let deleteUnreported = StatementKey(
        "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = ?)")

    private static func values(of field: MeetingField, in meeting: Meeting) -> [String] {
        switch field {
        case .countries: meeting.countries
        case .organizations: meeting.organizations
        case .topics: meeting.topics
        default: []
        }
    }
}

/// The statements that keep the counts of one event list (``EventStore/move(_:listing:from:to:)``):
/// count a value once more for an event, delete a value counted once, count a value once less.
private struct ListSQL {
    let increment: StatementKey
    let removal: StatementKey
    let decrement: StatementKey

    init(table: String, column: String) {
        increment = StatementKey(
            """
            INSERT INTO \(table)(event_id, \(column), reports) VALUES (?, ?, 1) \
            ON CONFLICT (event_id, \(column)) DO UPDATE SET reports = reports + 1
            """)
        removal = StatementKey("DELETE FROM \(table) WHERE event_id = ? AND \(column) = ? AND reports = 1")
        decrement = StatementKey("UPDATE \(table) SET reports = reports - 1 WHERE event_id = ? AND \(column) = ?")
    }
}
