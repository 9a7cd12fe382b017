/// An article's text ready for extraction, with the way back to the bytes it was read from.
///
///     let prepared = TextPreparer.prepare(Array("Caf&eacute; talks".utf8), format: .html)
///     prepared.text                                // "Café talks"
///     prepared.sourceSpan(of: 0..<5)               // bytes 0..<11: "Caf&eacute;"
public struct PreparedText: Sendable {
    /// The cleaned text: one paragraph per line group, lines trimmed, paragraphs separated by
    /// a blank line, debris removed.
    public let text: String
    /// The cleaned text as UTF-8 bytes (the coordinates of every offset into it).
    public let bytes: [UInt8]
    /// What went wrong while reading, in words (`"replaced 2 invalid UTF-8 sequences"`).
    public let warnings: [String]
    /// Title and `<meta>` tags when the input was an HTML page; empty otherwise.
    public let head: HTMLHead
    /// The format the input was read as.
    public let format: InputFormat
    /// The byte ranges of the lines of `bytes`, in order (blank lines have none).
    let lines: [Range<Int>]
    /// The cleaned text tied byte by byte to the input.
    private let map: MappedText

    init(mapped: MappedText, lines: [Range<Int>], warnings: [String], head: HTMLHead, format: InputFormat) {
        bytes = mapped.bytes
        self.lines = lines
        text = String(decoding: mapped.bytes, as: UTF8.self)
        map = mapped
        self.warnings = warnings
        self.head = head
        self.format = format
    }

    /// The input bytes a range of the cleaned text came from: from the first byte of the
    /// first character to the end of the last (an entity maps to the whole entity, a
    /// collapsed run of blanks to the whole run). Out-of-range bounds are clamped.
    public func sourceSpan(of range: Range<Int>) -> Span {
        map.sourceSpan(of: range)
    }
}
