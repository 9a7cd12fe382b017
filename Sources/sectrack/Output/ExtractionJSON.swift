import Extraction

/// One article's extraction as the JSON object ANNOTATION.md section 4 describes.
///
/// Written as UTF-8 bytes through a `JSONWriter`: `extract` prints more JSON than it reads
/// text (every value carries its evidence), so building Strings piece by piece would cost
/// more than some stages of extraction.
enum ExtractionJSON {
    /// Appends the object, on one line and without a trailing newline, to `out`.
    static func append(path: String, _ result: ArticleExtraction, to out: inout [UInt8]) {
        out += JSONWriter.bytes(capacity: bound(path: path, result)) { write(path: path, result, to: &$0) }
    }

    private static func write(path: String, _ result: ArticleExtraction, to out: inout JSONWriter) {
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
        out.write(", \"kind\": ")
        out.writeQuoted(meeting.kind.rawValue)
        out.write(", \"status\": ")
        out.writeQuoted(meeting.status.rawValue)
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
            out.write(index > 0 ? ", {\"field\": " : "{\"field\": ")
            out.writeQuoted(evidence.field.rawValue)
            out.write(", \"value\": ")
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

    /// The most bytes the object can take: every string at its longest escaped, and more than
    /// the syntax around each article, meeting, list item and piece of evidence needs.
    private static func bound(path: String, _ result: ArticleExtraction) -> Int {
        var total =
            64 + JSONWriter.quotedBound(path) + JSONWriter.quotedBound(result.published?.description)
            + JSONWriter.quotedBound(result.source)
        for meeting in result.meetings {
            total +=
                256 + JSONWriter.quotedBound(meeting.name) + JSONWriter.quotedBound(meeting.kind.rawValue)
                + JSONWriter.quotedBound(meeting.status.rawValue) + JSONWriter.quotedBound(meeting.start?.description)
                + JSONWriter.quotedBound(meeting.end?.description) + JSONWriter.quotedBound(meeting.city)
                + JSONWriter.quotedBound(meeting.country)
            total += listBound(meeting.countries) + listBound(meeting.organizations) + listBound(meeting.topics)
            for evidence in meeting.evidence {
                total +=
                    96 + 2 * JSONWriter.integerBound + JSONWriter.quotedBound(evidence.field.rawValue)
                    + JSONWriter.quotedBound(evidence.value) + JSONWriter.quotedBound(evidence.text)
            }
        }
        return total
    }

    private static func listBound(_ values: [String]) -> Int {
        values.reduce(0) { $0 + 2 + JSONWriter.quotedBound($1) }
    }
}
