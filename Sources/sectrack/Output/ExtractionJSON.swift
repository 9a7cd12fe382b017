import Extraction

/// One article's extraction as the JSON object ANNOTATION.md section 4 describes.
///
/// Written as UTF-8 bytes through a `JSONWriter`: `extract` prints more JSON than it reads
/// text (every value carries its evidence), so building Strings piece by piece would cost
/// more than some stages of extraction.
enum ExtractionJSON {
    /// Writes the object, on one line and without a trailing newline.
    static func write(path: String, _ result: ArticleExtraction, to out: inout JSONWriter) {
        out.write("{\"path\": ")
        out.writeQuoted(path)
        out.write(", \"published\": ")
        out.writeQuoted(result.published?.description)
        out.write(", \"source\": ")
        out.writeQuoted(result.source)
        out.write(", \"meetings\": [")
        for (index, meeting) in result.meetings.enumerated() {
            if index > 0 { out.write(", ") }
            write(meeting, to: &out)
        }
        out.write("]}")
    }

    private static func write(_ meeting: Meeting, to out: inout JSONWriter) {
        out.write("{\"name\": ")
        out.writeQuoted(meeting.name)
        out.write(kindMember(meeting.kind))
        out.write(statusMember(meeting.status))
        out.write(", \"start\": ")
        out.writeQuoted(meeting.start?.description)
        out.write(", \"end\": ")
        out.writeQuoted(meeting.end?.description)
        out.write(", \"city\": ")
        out.writeQuoted(meeting.city)
        out.write(", \"country\": ")
        out.writeQuoted(meeting.country)
        out.write(", \"countries\": ")
        write(meeting.countries, to: &out)
        out.write(", \"organizations\": ")
        write(meeting.organizations, to: &out)
        out.write(", \"topics\": ")
        write(meeting.topics, to: &out)
        out.write(", \"evidence\": [")
        for (index, evidence) in meeting.evidence.enumerated() {
            if index > 0 { out.write(", ") }
            out.write(evidenceStart(evidence.field))
            out.writeQuoted(evidence.value)
            out.write(", \"text\": ")
            out.writeQuoted(evidence.text)
            out.write(", \"offset\": ")
            out.write(evidence.span.offset)
            out.write(", \"length\": ")
            out.write(evidence.span.length)
            out.write("}")
        }
        out.write("]}")
    }

    private static func write(_ values: [String], to out: inout JSONWriter) {
        out.write("[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.write(", ") }
            out.writeQuoted(value)
        }
        out.write("]")
    }
}
