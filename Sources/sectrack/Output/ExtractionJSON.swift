import Extraction

/// One article's extraction as the JSON object ANNOTATION.md section 4 describes.
///
/// Built by appending to one string: `extract` prints an object per article, and building
/// it from many small concatenated strings took longer than some stages of extraction.
enum ExtractionJSON {
    /// The object on one line, without a trailing newline.
    static func object(path: String, _ result: ArticleExtraction) -> String {
        var out = "{\"path\": "
        out.reserveCapacity(2048)
        JSONText.appendQuoted(path, to: &out)
        out.append(", \"published\": ")
        JSONText.appendQuoted(result.published?.description, to: &out)
        out.append(", \"source\": ")
        JSONText.appendQuoted(result.source, to: &out)
        out.append(", \"meetings\": [")
        for (index, meeting) in result.meetings.enumerated() {
            if index > 0 { out.append(", ") }
            append(meeting, to: &out)
        }
        out.append("]}")
        return out
    }

    private static func append(_ meeting: Meeting, to out: inout String) {
        out.append("{\"name\": ")
        JSONText.appendQuoted(meeting.name, to: &out)
        out.append(", \"kind\": ")
        JSONText.appendQuoted(meeting.kind.rawValue, to: &out)
        out.append(", \"status\": ")
        JSONText.appendQuoted(meeting.status.rawValue, to: &out)
        out.append(", \"start\": ")
        JSONText.appendQuoted(meeting.start?.description, to: &out)
        out.append(", \"end\": ")
        JSONText.appendQuoted(meeting.end?.description, to: &out)
        out.append(", \"city\": ")
        JSONText.appendQuoted(meeting.city, to: &out)
        out.append(", \"country\": ")
        JSONText.appendQuoted(meeting.country, to: &out)
        out.append(", \"countries\": ")
        append(meeting.countries, to: &out)
        out.append(", \"organizations\": ")
        append(meeting.organizations, to: &out)
        out.append(", \"topics\": ")
        append(meeting.topics, to: &out)
        out.append(", \"evidence\": [")
        for (index, evidence) in meeting.evidence.enumerated() {
            out.append(index > 0 ? ", {\"field\": " : "{\"field\": ")
            JSONText.appendQuoted(evidence.field.rawValue, to: &out)
            out.append(", \"value\": ")
            JSONText.appendQuoted(evidence.value, to: &out)
            out.append(", \"text\": ")
            JSONText.appendQuoted(evidence.text, to: &out)
            out.append(", \"offset\": \(evidence.span.offset), \"length\": \(evidence.span.length)}")
        }
        out.append("]}")
    }

    private static func append(_ values: [String], to out: inout String) {
        out.append("[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(", ") }
            JSONText.appendQuoted(value, to: &out)
        }
        out.append("]")
    }
}
