/// The place-and-date opening of a wire story: `BEIJING, Oct. 21 (Xinhua) --`,
/// `KUALA LUMPUR, 3 March (Bernama) --`, `HANOI (VNA) -`, `NANNING:`.
struct Dateline {
    /// Byte range of the whole dateline, dash included.
    var range: Range<Int>
    var city: String
    /// The date it names, often without a year.
    var date: BylineDate?
    /// The outlet in its parentheses (`Xinhua`), if the table knows it.
    var source: String?

    /// The dashes and colon that end a dateline, longest first.
    private static let separators = BytePatterns([
        " -- ", "--", " \u{2014} ", "\u{2014}", " \u{2013} ", "\u{2013}", " - ", ": ",
    ])
    /// A dateline is at most this many bytes before its dash.
    private static let maximumLength = 90

    /// Whether a dateline read from `line` can end within a byte of the line's end: the line
    /// fits the window a separator is sought in, and one of its last two bytes is the last of
    /// a separator (`-`, `:` or the last byte of a dash). A cheap test before `read` for lines
    /// that must be a dateline and nothing more.
    static func mayFill(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        guard line.count <= maximumLength + 1, !line.isEmpty else { return false }
        func endsSeparator(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == 0x94 || b == 0x93
        }
        return endsSeparator(bytes[line.upperBound - 1])
            || (line.count >= 2 && endsSeparator(bytes[line.upperBound - 2]))
    }

    /// Reads the dateline opening `bytes[line]`, if the line starts with one.
    static func read(_ bytes: [UInt8], line: Range<Int>) -> Dateline? {
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + maximumLength)
        guard line.lowerBound < bytes.count else { return nil }
        let first = bytes[line.lowerBound]
        guard ByteClass.isUpper(first) || first >= 0x80 else { return nil }
        guard let dash = firstSeparator(in: bytes[window]) else { return nil }
        let colon = bytes[dash.lowerBound] == UInt8(ascii: ":")
        let prefix = line.lowerBound..<dash.lowerBound
        let cityEnd =
            bytes[prefix].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") })
            ?? prefix.upperBound
        let cityBytes = bytes[line.lowerBound..<cityEnd]
        let cityWords = words(in: cityBytes)
        guard (1...5).contains(cityWords.count), cityWords.capitalized,
            !colon || cityBytes.allSatisfy({ !ByteClass.isLower($0) })
        else { return nil }
        // The prefix's words are the city's and those after it, whose first may go on from the city's last.
        let rest = words(in: bytes[cityEnd..<prefix.upperBound], after: bytes[cityEnd - 1])
        guard cityWords.count + rest.count <= 10 else { return nil }
        let dates = BylineDateParser.firstDate(in: bytes, prefix)
        guard !dates.more else { return nil }
        let source = OutletMatcher.outlet(in: bytes, prefix)
        var cityLast = cityEnd
        while cityLast > line.lowerBound, bytes[cityLast - 1] == 0x20 { cityLast -= 1 }
        // A line starts with no blank, so only the end has spaces to trim.
        let city = String(decoding: bytes[line.lowerBound..<cityLast], as: UTF8.self)
        var end = dash.upperBound
        while end > dash.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return Dateline(range: line.lowerBound..<end, city: city, date: dates.date, source: source)
    }

    /// The earliest separator in `text`, the first in list order where several start at one
    /// place. Each separator holds `-`, `:` or a dash's lead byte first or after a space, so
    /// separators are tried only where one of these stands: at it and at the byte before.
    private static func firstSeparator(in text: ArraySlice<UInt8>) -> Range<Int>? {
        let separators = Self.separators
        return text.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                // Eight bytes at a time while none of them is one of the three.
                if offset + 8 <= buffer.count, !maySeparate(buffer.baseAddress! + offset) {
                    offset += 8
                    continue
                }
                let b = buffer[offset]
                if b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == 0xE2 {
                    for start in max(offset - 1, 0)...offset {
                        if let separator = separators.first(in: buffer, at: start) {
                            return (text.startIndex + start)..<(text.startIndex + start + separator.count)
                        }
                    }
                }
                offset += 1
            }
            return nil
        }
    }

    /// Whether one of the eight bytes at `start` may be `-`, `:` or a dash's lead byte (never
    /// false when one is).
    @inline(__always)
    private static func maySeparate(_ start: UnsafePointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let word = UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)
        // A zero byte where the byte sought stands; a zero byte borrows when `ones` is taken away.
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & (ones &* 0x80) != 0 }
        return hasZero(word ^ (ones &* 0x2D)) || hasZero(word ^ (ones &* 0x3A)) || hasZero(word ^ (ones &* 0xE2))
    }

    /// How many words (runs of bytes other than space) `text` has, and whether each starts
    /// with a capital or a non-ASCII byte; a word going on from `previous`, the byte before
    /// `text`, is not counted.
    private static func words(in text: ArraySlice<UInt8>, after previous: UInt8 = 0x20) -> (
        count: Int, capitalized: Bool
    ) {
        var count = 0
        var capitalized = true
        var previous = previous
        for b in text {
            if previous == 0x20, b != 0x20 {
                count += 1
                capitalized = capitalized && (ByteClass.isUpper(b) || b >= 0x80)
            }
            previous = b
        }
        return (count, capitalized)
    }
}
