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
    private static let separators: [[UInt8]] = [
        Array(" -- ".utf8), Array("--".utf8), Array(" \u{2014} ".utf8), Array("\u{2014}".utf8),
        Array(" \u{2013} ".utf8), Array("\u{2013}".utf8), Array(" - ".utf8), Array(": ".utf8),
    ]
    /// A dateline is at most this many bytes before its dash.
    private static let maximumLength = 90

    /// Reads the dateline opening `bytes[line]`, if the line starts with one.
    static func read(_ bytes: [UInt8], line: Range<Int>) -> Dateline? {
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + maximumLength)
        guard line.lowerBound < bytes.count else { return nil }
        let first = bytes[line.lowerBound]
        guard ByteClass.isUpper(first) || first >= 0x80 else { return nil }
        var best: Range<Int>?
        for separator in separators {
            if let found = ByteSearch.find(separator, in: bytes, from: window.lowerBound, to: window.upperBound),
                found < (best?.lowerBound ?? .max)
            {
                best = found..<(found + separator.count)
            }
        }
        guard let dash = best else { return nil }
        let colon = bytes[dash.lowerBound] == UInt8(ascii: ":")
        let prefix = line.lowerBound..<dash.lowerBound
        let cityEnd =
            bytes[prefix].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "(") })
            ?? prefix.upperBound
        let cityBytes = bytes[line.lowerBound..<cityEnd]
        let cityWords = cityBytes.split(separator: 0x20)
        guard (1...5).contains(cityWords.count),
            cityWords.allSatisfy({ ByteClass.isUpper($0.first!) || $0.first! >= 0x80 }),
            !colon || cityBytes.allSatisfy({ !ByteClass.isLower($0) })
        else { return nil }
        let dates = BylineDateParser.dates(in: bytes, prefix)
        let source = OutletMatcher.outlet(in: bytes, prefix)
        let restWords = bytes[prefix].split(separator: 0x20).count
        guard restWords <= 10, dates.count <= 1 else { return nil }
        let city = String(decoding: cityBytes, as: UTF8.self).trimmingCharacters(in: " ")
        var end = dash.upperBound
        while end > dash.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return Dateline(range: line.lowerBound..<end, city: city, date: dates.first, source: source)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
