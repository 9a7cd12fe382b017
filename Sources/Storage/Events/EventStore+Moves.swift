import Extraction

extension EventStore {
    /// Records that `meeting` reports `event` instead of `previous` (`nil`: no event yet), and
    /// moves its countries, organisations and topics from the one event's counts to the other's.
    ///
    /// The counts end as ``refreshAfterReportsChanged(_:)`` would recompute them from every
    /// report, without reading the other reports. `listing` is the meeting as stored; its
    /// empty lists are skipped. The caller holds the transaction, and deletes `previous` when
    /// it is left without reports (``deleteIfUnreported(_:)``).
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    func move(_ meeting: MeetingID, listing: Meeting, from previous: EventID?, to event: EventID) throws {
        let id = meeting.databaseValue
        let lists = Self.lists.filter { !Self.values(of: $0.field, in: listing).isEmpty }
        if let previous {
            try db.execute("DELETE FROM event_reports WHERE meeting_id = ?", [id])
            for list in lists {
                let arguments = [previous.databaseValue, id]
                let named =
                    "\(list.column) IN (SELECT value FROM json_each((SELECT \(list.meetingColumn) FROM meetings WHERE id = ?)))"
                try db.execute(
                    "DELETE FROM \(list.eventTable) WHERE event_id = ? AND reports = 1 AND \(named)", arguments)
                try db.execute(
                    "UPDATE \(list.eventTable) SET reports = reports - 1 WHERE event_id = ? AND \(named)", arguments)
            }
        }
        try db.execute("INSERT INTO event_reports(event_id, meeting_id) VALUES (?, ?)", [event.databaseValue, id])
        for list in lists {
            try db.execute(
                """
                INSERT INTO \(list.eventTable)(event_id, \(list.column), reports) \
                SELECT ?, l.value, 1 FROM meetings m, json_each(m.\(list.meetingColumn)) l WHERE m.id = ? \
                ON CONFLICT (event_id, \(list.column)) DO UPDATE SET reports = reports + 1
                """,
                [event.databaseValue, id])
        }
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
