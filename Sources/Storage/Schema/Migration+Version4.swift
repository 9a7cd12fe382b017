import Extraction
import Foundation

extension Migration {
    /// Version 4 stores fewer rows per meeting: its evidence is one blob in its `meetings` row
    /// (``EvidenceBlob``) instead of one `meeting_evidence` row per item, and its countries,
    /// organisations and topics are JSON arrays in that row (``JSONList``) instead of rows of
    /// `meeting_countries`, `meeting_organizations` and `meeting_topics`, whose indexes by value
    /// no query read (queries filter events). The full-text index merges its segments 16 at a
    /// time instead of 4 (see `schema.sql`).
    static let version3To4 = Migration(from: 3) { db in
        try db.executeScript(
            """
            ALTER TABLE meetings ADD COLUMN evidence BLOB NOT NULL DEFAULT x'';
            ALTER TABLE meetings ADD COLUMN countries TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE meetings ADD COLUMN organizations TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE meetings ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
            INSERT INTO article_text(article_text, rank) VALUES ('automerge', 16);
            """)
        let lists = try db.fetchAll(
            """
            SELECT id, \
            (SELECT json_group_array(country) FROM meeting_countries WHERE meeting_id = m.id), \
            (SELECT json_group_array(organization) FROM meeting_organizations WHERE meeting_id = m.id), \
            (SELECT json_group_array(topic) FROM meeting_topics WHERE meeting_id = m.id) \
            FROM meetings m
            """)
        for row in lists {
            let id: MeetingID = row[0]
            let values = try (1...3).map { column in
                try db.fetchAll("SELECT value FROM json_each(?)", [row.values[column]]).map { $0[0] as String }
            }
            try db.execute(
                "UPDATE meetings SET countries = ?, organizations = ?, topics = ? WHERE id = ?",
                values.map { .text(JSONList.text($0)) } + [id.databaseValue])
        }
        let rows = try db.fetchAll(
            "SELECT meeting_id, field, value, text, byte_offset, byte_length FROM meeting_evidence ORDER BY meeting_id, position"
        )
        var start = 0
        while start < rows.count {
            let meeting: MeetingID = rows[start][0]
            var end = start
            var items: [Evidence] = []
            while end < rows.count, rows[end][0] as MeetingID == meeting {
                let row = rows[end]
                let name: String = row[1]
                // Version 3 checked the field names it was given only in code, so an unknown one
                // is kept out rather than made up.
                if let field = MeetingField(rawValue: name) {
                    items.append(
                        Evidence(field: field, value: row[2], text: row[3], span: Span(offset: row[4], length: row[5])))
                }
                end += 1
            }
            try db.execute(
                "UPDATE meetings SET evidence = ? WHERE id = ?",
                [.blob(try EvidenceBlob.encode(items)), meeting.databaseValue])
            start = end
        }
        try db.executeScript(
            """
            DROP TABLE meeting_evidence;
            DROP TABLE meeting_countries;
            DROP TABLE meeting_organizations;
            DROP TABLE meeting_topics;
            """)
    }
}
