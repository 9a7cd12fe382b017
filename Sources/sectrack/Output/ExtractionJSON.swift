import Extraction

/// One article's extraction as the JSON object ANNOTATION.md section 4 describes.
enum ExtractionJSON {
    /// The object on one line, without a trailing newline.
    static func object(path: String, _ result: ArticleExtraction) -> String {
        let meetings = result.meetings.map(meeting).joined(separator: ", ")
        return "{\"path\": \(JSONText.quoted(path)), \"published\": \(JSONText.quoted(result.published?.description)), "
            + "\"source\": \(JSONText.quoted(result.source)), \"meetings\": [\(meetings)]}"
    }

    private static func meeting(_ meeting: Meeting) -> String {
        let evidence = meeting.evidence.map {
            "{\"field\": \(JSONText.quoted($0.field.rawValue)), \"value\": \(JSONText.quoted($0.value)), "
                + "\"text\": \(JSONText.quoted($0.text)), \"offset\": \($0.span.offset), \"length\": \($0.span.length)}"
        }
        return "{\"name\": \(JSONText.quoted(meeting.name)), \"kind\": \(JSONText.quoted(meeting.kind.rawValue)), "
            + "\"status\": \(JSONText.quoted(meeting.status.rawValue)), "
            + "\"start\": \(JSONText.quoted(meeting.start?.description)), "
            + "\"end\": \(JSONText.quoted(meeting.end?.description)), \"city\": \(JSONText.quoted(meeting.city)), "
            + "\"country\": \(JSONText.quoted(meeting.country)), \"countries\": \(list(meeting.countries)), "
            + "\"organizations\": \(list(meeting.organizations)), \"topics\": \(list(meeting.topics)), "
            + "\"evidence\": [\(evidence.joined(separator: ", "))]}"
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map { JSONText.quoted($0) }.joined(separator: ", ") + "]"
    }
}
