/// Turns the bytes of an article file into clean text for extraction.
///
/// The stages, in order: decode UTF-8 (BOM, line ends, invalid bytes), strip HTML when the
/// input is a page, normalise blanks line by line, drop debris lines, and join the lines
/// that remain. Each byte of the result keeps the input bytes it came from.
public enum TextPreparer {
    /// Prepares `bytes`; `format` `nil` detects HTML from the content.
    public static func prepare(_ bytes: [UInt8], format: InputFormat? = nil) -> PreparedText {
        let chosen = format ?? InputFormat.detect(bytes)
        var warnings: [String] = []
        let (decoded, invalid) = UTF8Decoder.decode(bytes)
        if invalid > 0 {
            warnings.append("replaced \(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") with U+FFFD")
        }
        var text = decoded
        var head = HTMLHead()
        if chosen == .html {
            (text, head) = HTMLStripper.strip(decoded)
        }
        let (normalized, lines) = LineNormalizer.normalize(text)
        let kept = DebrisFilter.keptLines(lines, in: normalized.bytes)
        let (joined, lineRanges) = join(kept, of: normalized)
        if joined.count == 0, !bytes.isEmpty { warnings.append("no article text left after cleaning") }
        return PreparedText(mapped: joined, lines: lineRanges, warnings: warnings, head: head, format: chosen)
    }

    /// The kept lines, separated by `\n`, or by `\n\n` where a blank line or removed
    /// lines stood between them in the paragraph structure; and where each line now stands.
    private static func join(_ lines: [TextLine], of text: MappedText) -> (text: MappedText, lines: [Range<Int>]) {
        // Each line and each line end it gets takes a run at most, unless a line holds several;
        // a line end may be doubled.
        var out = MappedText(capacity: text.count + lines.count, runs: 2 * lines.count + 1)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(lines.count)
        // The lines are read in order: one cursor finds each origin from the one before.
        var cursor = MappedText.Cursor()
        // Where the line before ends in the input: its source span's end.
        var lineEndOrigin: Int32 = 0
        for (index, line) in lines.enumerated() {
            if index > 0 {
                out.append(0x0A, start: lineEndOrigin, end: lineEndOrigin)
                if line.blankBefore { out.append(0x0A, start: lineEndOrigin, end: lineEndOrigin) }
            }
            let first = text.origin(at: line.range.lowerBound, from: &cursor).start
            let start = out.count
            out.append(contentsOf: text, range: line.range, from: &cursor)
            let last = text.origin(at: line.range.upperBound - 1, from: &cursor).end
            lineEndOrigin = Int32(max(first, last))
            ranges.append(start..<out.count)
        }
        return (out, ranges)
    }
}
