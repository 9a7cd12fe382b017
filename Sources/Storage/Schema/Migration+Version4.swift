import Extraction
import Foundation

extension Migration {
    /// Version 4 keeps a meeting's evidence as one blob in its `meetings` row (``EvidenceBlob``)
    /// instead of one `meeting_evidence` row per item, and drops the indexes of meeting
    /// topics and organisations by value, which no query reads (queries filter events).
    static let version3To4 = Migration(from: 3) { db in
        try db.executeScript(
            """
            ALTER TABLE meetings ADD COLUMN evidence BLOB NOT NULL DEFAULT x'';
            DROP INDEX meeting_topics_by_topic;
            DROP INDEX meeting_organizations_by_organization;
            """)
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
                [.blob(Data(try EvidenceBlob.encode(items))), meeting.databaseValue])
            start = end
        }
        try db.executeScript("DROP TABLE meeting_evidence;")
    }
}
