import Extraction
import Foundation

/// A meeting's values for its `meetings` row, in the order of ``columns``, `article_id` apart:
/// made once per meeting, before the writer needs them.
enum MeetingRow {
    /// The columns after `article_id` that ``values(of:position:)`` fills, in order.
    static let columns =
        "position, name, kind, status, start, end, first_day, last_day, city, country, evidence, countries, "
        + "organizations, topics"

    /// The values of `meeting`, the article's meeting number `position`.
    ///
    /// - throws: ``StoreError/negativeEvidenceSpan(_:)`` for evidence that points nowhere.
    static func values(of meeting: Meeting, position: Int) throws(StoreError) -> [DatabaseValue] {
        let range = DateRange(start: meeting.start, end: meeting.end)
        let evidence = try EvidenceBlob.encode(meeting.evidence)
        return [
            position.databaseValue, meeting.name.databaseValue, .text(meeting.kind.rawValue),
            .text(meeting.status.rawValue), meeting.start.databaseValue, meeting.end.databaseValue,
            range.firstDay.databaseValue, range.lastDay.databaseValue, meeting.city.databaseValue,
            meeting.country.databaseValue, .blob(evidence), .text(JSONList.text(meeting.countries)),
            .text(JSONList.text(meeting.organizations)), .text(JSONList.text(meeting.topics)),
        ]
    }
}
