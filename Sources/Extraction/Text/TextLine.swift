/// One non-blank line of the text being cleaned.
struct TextLine {
    /// Byte range in the text, without the line end.
    var range: Range<Int>
    /// Whether one or more blank lines stood before it (a paragraph break).
    var blankBefore: Bool
    /// What the normaliser counted in it (nothing for a line made otherwise).
    var tally = LineTally()
}
