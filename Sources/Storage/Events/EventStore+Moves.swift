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
        let lists = zip(Self.lists, Self.listSQL).map { list, sql in
            (sql, Self.values(of: list.field, in: listing).sortedUnique())
        }
        if let previous {
            try db.execute("DELETE FROM event_reports WHERE meeting_id = ?", [id])
            for (sql, values) in lists where !values.isEmpty {
                let removal = try db.cachedStatement(sql.removal)
                let decrement = try db.cachedStatement(sql.decrement)
                for value in values {
                    try removal.execute([previous.databaseValue, .text(value)])
                    if db.changedRowCount == 0 { try decrement.execute([previous.databaseValue, .text(value)]) }
                }
            }
        }
        try db.execute("INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)", [event.databaseValue, id])
        for (sql, values) in lists where !values.isEmpty {
            let increment = try db.cachedStatement(sql.increment)
            for value in values { try increment.execute([event.databaseValue, .text(value)]) }
        }
    }

    /// For each list (``lists``), the SQL that counts a value once more for an event, deletes
    /// a value counted once, and counts a value once less; written once, not for every move.
    private static let listSQL: [(increment: String, removal: String, decrement: String)] = lists.map { list in
        (
            """
            INSERT INTO \(list.eventTable)(event_id, \(list.column), reports) VALUES (?, ?, 1) \
            ON CONFLICT (event_id, \(list.column)) DO UPDATE SET reports = reports + 1
            """,
            "DELETE FROM \(list.eventTable) WHERE event_id = ? AND \(list.column) = ? AND reports = 1",
            "UPDATE \(list.eventTable) SET reports = reports - 1 WHERE event_id = ? AND \(list.column) = ?"
        )
    }

    /// Deletes `event` when no meeting reports it any more.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    func deleteIfUnreported(_ event: EventID) throws {
        try db.execute(
            "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = ?)",
            [event.databaseValue, event.databaseValue])
    }

    private static func values(of field: MeetingField, in meeting: Meeting) -> [String] {
        switch field {
        case .countries: meeting.countries
        case .organizations: meeting.organizations
        case .topics: meeting.topics
        default: []
        }
    }
}
