import Extraction

/// One article's extraction as the JSON object ANNOTATION.md section 4 describes.
///
/// Written as UTF-8 bytes into the caller's buffer: `extract` prints more JSON than it reads
/// text (every value carries its evidence), so building Strings piece by piece would cost
/// more than some stages of extraction.
enum ExtractionJSON {
    /// Appends the object, on one line and without a trailing newline, to `out`.
    static func append(path: String, _ result: ArticleExtraction, to out: inout [UInt8]) {
        out.append(literal: "{\"path\": ")
        JSONText.appendQuoted(path, to: &out)
        out.append(literal: ", \"published\": ")
        JSONText.appendQuoted(result.published?.description, to: &out)
        out.append(literal: ", \"source\": ")
        JSONText.appendQuoted(result.source, to: &out)
        out.append(literal: ", \"meetings\": [")
        for (index, meeting) in result.meetings.enumerated() {
            if index > 0 { out.append(literal: ", ") }
            append(meeting, to: &out)
        }
        out.append(literal: "]}")
    }

    private static func append(_ meeting: Meeting, to out: inout [UInt8]) {
        out.append(literal: "{\"name\": ")
        JSONText.appendQuoted(meeting.name, to: &out)
        out.append(literal: ", \"kind\": ")
        JSONText.appendQuoted(meeting.kind.rawValue, to: &out)
        out.append(literal: ", \"status\": ")
        JSONText.appendQuoted(meeting.status.rawValue, to: &out)
        out.append(literal: ", \"start\": ")
        JSONText.appendQuoted(meeting.start?.description, to: &out)
        out.append(literal: ", \"end\": ")
        JSONText.appendQuoted(meeting.end?.description, to: &out)
        out.append(literal: ", \"city\": ")
        JSONText.appendQuoted(meeting.city, to: &out)
        out.append(literal: ", \"country\": ")
        JSONText.appendQuoted(meeting.country, to: &out)
        out.append(literal: ", \"countries\": ")
        append(meeting.countries, to: &out)
        out.append(literal: ", \"organizations\": ")
        append(meeting.organizations, to: &out)
        out.append(literal: ", \"topics\": ")
        append(meeting.topics, to: &out)
        out.append(literal: ", \"evidence\": [")
        for (index, evidence) in meeting.evidence.enumerated() {
            out.append(literal: index > 0 ? ", {\"field\": " : "{\"field\": ")
            JSONText.appendQuoted(evidence.field.rawValue, to: &out)
            out.append(literal: ", \"value\": ")
            JSONText.appendQuoted(evidence.value, to: &out)
            out.append(literal: ", \"text\": ")
            JSONText.appendQuoted(evidence.text, to: &out)
            out.append(literal: ", \"offset\": ")
            JSONText.append(evidence.span.offset, to: &out)
            out.append(literal: ", \"length\": ")
            JSONText.append(evidence.span.length, to: &out)
            out.append(literal: "}")
        }
        out.append(literal: "]}")
    }

    private static func append(_ values: [String], to out: inout [UInt8]) {
        out.append(literal: "[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(literal: ", ") }
            JSONText.appendQuoted(value, to: &out)
        }
        out.append(literal: "]")
    }
}
