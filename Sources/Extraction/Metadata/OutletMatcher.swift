/// Names the outlet a line of text mentions, using the `Outlets` table.
enum OutletMatcher {
    /// Patterns longest first, each with its outlet's name.
    private static let patterns: [(pattern: [UInt8], name: String)] = Outlets.table
        .flatMap { entry in entry.patterns.map { (Array($0.utf8), entry.name) } }
        .sorted { $0.pattern.count > $1.pattern.count }

    /// A pattern as the scan tries it: its index in `patterns`, where its bytes stand in
    /// `patternBytes`, and its second byte, compared first (most tries fail there).
    private struct Candidate {
        let index: Int
        let bytes: Range<Int>
        let second: UInt8?
    }

    /// The bytes of all patterns in table order, so the scan compares them without taking
    /// hold of each pattern's own array.
    private static let patternBytes: [UInt8] = patterns.flatMap(\.pattern)

    /// The patterns (ascending by index into `patterns`) that begin with each byte value `b`:
    /// `byFirstByte[firstByteBounds[b]..<firstByteBounds[b + 1]]`, none when the bounds meet.
    private static let (byFirstByte, firstByteBounds): ([Candidate], [Int]) = {
        var buckets = [[Candidate]](repeating: [], count: 256)
        var start = 0
        for (index, entry) in patterns.enumerated() {
            let pattern = entry.pattern
            let candidate = Candidate(
                index: index, bytes: start..<start + pattern.count, second: pattern.count > 1 ? pattern[1] : nil)
            buckets[Int(pattern[0])].append(candidate)
            start += pattern.count
        }
        return (buckets.flatMap { $0 }, buckets.reduce(into: [0]) { $0.append($0.last! + $1.count) })
    }()

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
        let (byFirstByte, firstByteBounds) = (Self.byFirstByte, Self.firstByteBounds)
        var best = Int.max
        // `position` is always a word start: the range's first byte, or one after a byte that
        // is not alphanumeric.
        var position = range.lowerBound
        while position < range.upperBound {
            let b = text[position]
            for slot in firstByteBounds[Int(b)]..<firstByteBounds[Int(b) + 1] {
                let candidate = byFirstByte[slot]
                guard candidate.index < best else { break }
                guard position + candidate.bytes.count <= range.upperBound,
                    candidate.second == nil || text[position + 1] == candidate.second
                else { continue }
                let pattern = UnsafeBufferPointer(rebasing: patternBytes[candidate.bytes])
                if occurs(pattern, in: text, at: position, before: range.upperBound) { best = candidate.index }
            }
            // The rest of a word starts nothing: the next start follows its end.
            position += 1
            if ByteClass.isAlphanumeric(b) {
                while position < range.upperBound, ByteClass.isAlphanumeric(text[position]) { position += 1 }
                position += 1
            }
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
