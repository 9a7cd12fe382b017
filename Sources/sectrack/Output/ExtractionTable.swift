import Extraction

/// Aligned tables of extracted meetings for people reading in a terminal.
enum ExtractionTable {
    static let header = [
        "file", "#", "start", "end", "status", "kind", "city", "country", "countries", "organizations", "topics",
        "name",
    ]
    static let evidenceHeader = ["file", "#", "field", "value", "bytes", "text"]

    /// One row per meeting; an article without meetings gets one row saying so.
    static func rows(path: String, _ result: ArticleExtraction) -> [[String]] {
        guard !result.meetings.isEmpty else {
            return [[path, "-", "-", "-", "-", "(no meeting)", "-", "-", "-", "-", "-", "-"]]
        }
        return result.meetings.enumerated().map { index, meeting in
            [
                path, "\(index + 1)", meeting.start?.description ?? "-", meeting.end?.description ?? "-",
                meeting.status.rawValue, meeting.kind.rawValue, meeting.city ?? "-", meeting.country ?? "-",
                joined(meeting.countries), joined(meeting.organizations), joined(meeting.topics), meeting.name ?? "-",
            ]
        }
    }

    /// One row per evidence span: which meeting, the field, its value, the byte range and the text.
    static func evidenceRows(path: String, _ result: ArticleExtraction) -> [[String]] {
        result.meetings.enumerated().flatMap { index, meeting in
            meeting.evidence.map { evidence in
                [
                    path, "\(index + 1)", evidence.field.rawValue, evidence.value,
                    "\(evidence.span.offset)+\(evidence.span.length)", evidence.text,
                ]
            }
        }
    }

    private static func joined(_ values: [String]) -> String {
        values.isEmpty ? "-" : values.joined(separator: ",")
    }
}
