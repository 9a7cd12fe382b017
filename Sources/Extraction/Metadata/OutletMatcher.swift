/// Names the outlet a line of text mentions, using the `Outlets` table.
enum OutletMatcher {
    /// Patterns longest first, each with its outlet's name.
    private static let patterns: [(pattern: [UInt8], name: String)] = Outlets.table
        .flatMap { entry in entry.patterns.map { (Array($0.utf8), entry.name) } }
        .sorted { $0.pattern.count > $1.pattern.count }

    /// The patterns (indices into `patterns`, ascending) that begin with each byte value `b`:
    /// `byFirstByte[firstByteBounds[b]..<firstByteBounds[b + 1]]`, none when the bounds meet.
    private static let (byFirstByte, firstByteBounds): ([Int], [Int]) = {
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, entry) in patterns.enumerated() { buckets[Int(entry.pattern[0])].append(index) }
        return (buckets.flatMap { $0 }, buckets.reduce(into: [0]) { $0.append($0.last! + $1.count) })
    }()

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
        let best = bytes.withUnsafeBufferPointer { text in
            patternBytes.withUnsafeBufferPointer { patternBytes in bestPattern(in: text, range, patternBytes) }
        }
        return best.map { patterns[$0].name }
    }

    /// The index of the pattern `outlet(in:_:)` names, read from `text` and the packed pattern bytes.
    private static func bestPattern(
        in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ patternBytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let (byFirstByte, firstByteBounds, patternStarts) = (Self.byFirstByte, Self.firstByteBounds, Self.patternStarts)
        var best = Int.max
        var wordStart = true
        for position in range {
            let b = text[position]
            if wordStart {
                for slot in firstByteBounds[Int(b)]..<firstByteBounds[Int(b) + 1] {
                    let index = byFirstByte[slot]
                    guard index < best else { break }
                    let pattern = UnsafeBufferPointer(
                        rebasing: patternBytes[patternStarts[index]..<patternStarts[index + 1]])
                    if occurs(pattern, in: text, at: position, before: range.upperBound) { best = index }
                }
            }
            wordStart = !ByteClass.isAlphanumeric(b)
        }
        return best == Int.max ? nil : best
    }

    /// Whether `pattern` is at `position`, ending on a word boundary before `end`.
    private static func occurs(
        _ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at position: Int, before end: Int
    ) -> Bool {
        let stop = position + pattern.count
        guard stop <= end else { return false }
        var offset = 1
        while offset < pattern.count {
            if text[position + offset] != pattern[offset] { return false }
            offset += 1
        }
        return stop == end || !ByteClass.isAlphanumeric(text[stop])
    }

    /// The outlet a whole string names (a `<meta>` site name, a `<title>` suffix).
    static func outlet(in text: String) -> String? {
        let bytes = Array(text.utf8)
        return outlet(in: bytes, 0..<bytes.count)
    }
}
