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
        let (joined, lineRanges) = normalized.joining(kept)
        if joined.count == 0, !bytes.isEmpty { warnings.append("no article text left after cleaning") }
        return PreparedText(mapped: joined, lines: lineRanges, warnings: warnings, head: head, format: chosen)
    }
}
