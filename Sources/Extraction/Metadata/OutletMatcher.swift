/// Names the outlet a line of text mentions, using the `Outlets` table.
enum OutletMatcher {
    /// Patterns longest first, each with its outlet's name.
    private static let patterns: [(pattern: [UInt8], name: String)] = Outlets.table
        .flatMap { entry in entry.patterns.map { (Array($0.utf8), entry.name) } }
        .sorted { $0.pattern.count > $1.pattern.count }

    /// The patterns (indices into `patterns`) that begin with each byte.
    private static let byFirstByte: [[Int]] = {
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, entry) in patterns.enumerated() { buckets[Int(entry.pattern[0])].append(index) }
        return buckets
    }()

    /// Whether some pattern begins with each byte value.
    private static let startsPattern: [Bool] = byFirstByte.map { !$0.isEmpty }

    /// The bytes of all patterns in table order, pattern `p` at `patternStarts[p]..<patternStarts[p + 1]`,
    /// so the scan compares them without taking hold of each pattern's own array.
    private static let patternBytes: [UInt8] = patterns.flatMap(\.pattern)
    private static let patternStarts: [Int] = patterns.reduce(into: [0]) { $0.append($0.last! + $1.pattern.count) }

    /// The outlet whose longest pattern occurs in `bytes[range]` on word boundaries (the
    /// earliest in the table among patterns of one length).
    ///
    /// One pass over the range: at each word start whose byte begins some pattern, only the
    /// patterns that begin with it are tried, and the best pattern found so far (the lowest
    /// index) bounds the rest.
    static func outlet(in bytes: [UInt8], _ range: Range<Int>) -> String? {
        let (byFirstByte, startsPattern) = (Self.byFirstByte, Self.startsPattern)
        let (patternBytes, patternStarts) = (Self.patternBytes, Self.patternStarts)
        var best = Int.max
        var wordStart = true
        for position in range {
            let b = bytes[position]
            if wordStart, startsPattern[Int(b)] {
                for index in byFirstByte[Int(b)] where index < best {
                    let pattern = patternStarts[index]..<patternStarts[index + 1]
                    if occurs(patternBytes[pattern], in: bytes, at: position, before: range.upperBound) {
                        best = index
                    }
                }
            }
            wordStart = !ByteClass.isAlphanumeric(b)
        }
        return best == Int.max ? nil : patterns[best].name
    }

    /// Whether `pattern` is at `position`, ending on a word boundary before `end`.
    private static func occurs(_ pattern: ArraySlice<UInt8>, in bytes: [UInt8], at position: Int, before end: Int)
        -> Bool
    {
        let stop = position + pattern.count
        guard stop <= end else { return false }
        var offset = 1
        while offset < pattern.count {
            if bytes[position + offset] != pattern[pattern.startIndex + offset] { return false }
            offset += 1
        }
        return stop == end || !ByteClass.isAlphanumeric(bytes[stop])
    }

    /// The outlet a whole string names (a `<meta>` site name, a `<title>` suffix).
    static func outlet(in text: String) -> String? {
        let bytes = Array(text.utf8)
        return outlet(in: bytes, 0..<bytes.count)
    }
}
