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
        if let published = result.published {
            write(published.year, published.month, published.day, else: published.description, to: &out)
        } else {
            out.write("null")
        }
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
        write(meeting.start, to: &out)
        out.write(", \"end\": ")
        write(meeting.end, to: &out)
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
        // Read in place: a copy of each piece would retain and release its strings.
        meeting.evidence.withUnsafeBufferPointer { items in
            // The last piece whose words were written out, and where its output from the text on
            // stands: a piece citing the same words (a third of them) copies that output.
            var cited: (index: Int, written: Range<Int>)?
            for index in items.indices {
                if index > 0 { out.write(", ") }
                // The quotes around the two strings are part of the literals between them.
                out.write(evidenceStart(items[index].field))
                out.writeEscaped(items[index].value)
                out.write(#"", "text": ""#)
                if let cited, items[cited.index].span == items[index].span,
                    items[cited.index].text == items[index].text
                {
                    out.writeAgain(cited.written)
                    continue
                }
                let start = out.count
                out.writeEscaped(items[index].text)
                out.write(#"", "offset": "#)
                out.write(items[index].span.offset)
                out.write(#", "length": "#)
                out.write(items[index].span.length)
                out.write("}")
                cited = (index, start..<out.count)
            }
        }
        out.write("]}")
    }

    private static func write(_ values: [String], to out: inout JSONWriter) {
        guard !values.isEmpty else { return out.write("[]") }
        // The quotes around the values are part of the literals between them.
        out.write(#"[""#)
        values.withUnsafeBufferPointer { values in
            for index in values.indices {
                if index > 0 { out.write(#"", ""#) }
                out.writeEscaped(at: values.baseAddress! + index)
            }
        }
        out.write(#""]"#)
    }

    /// `date` quoted as its description reads, or `null`.
    private static func write(_ date: PartialDate?, to out: inout JSONWriter) {
        switch date {
        case nil: out.write("null")
        case .year(let year)?: write(year, nil, nil, else: date!.description, to: &out)
        case .month(let year, let month)?: write(year, month, nil, else: date!.description, to: &out)
        case .day(let day)?: write(day.year, day.month, day.day, else: date!.description, to: &out)
        }
    }

    /// A date quoted as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, written digit by digit instead of
    /// made into a String first; `description` when a part has more digits than that.
    private static func write(
        _ year: Int, _ month: Int?, _ day: Int?, else description: @autoclosure () -> String,
        to out: inout JSONWriter
    ) {
        guard (0..<10_000).contains(year), (0..<100).contains(month ?? 0), (0..<100).contains(day ?? 0) else {
            return out.writeQuoted(description())
        }
        out.write("\"")
        out.write(year, digits: 4)
        if let month {
            out.write("-")
            out.write(month, digits: 2)
        }
        if let day {
            out.write("-")
            out.write(day, digits: 2)
        }
        out.write("\"")
    }
}
