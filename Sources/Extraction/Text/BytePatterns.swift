/// A short list of lower-case byte patterns (prefixes, phrases, separators), filed by the
/// byte they start with, so a scan rejects most positions with one lookup and tries only
/// the patterns that can match at the others.
///
///     let separators = BytePatterns(["|", ">"])
///     separators.first(in: Array("Home | News".utf8)[...], at: 5)   // [0x7C]
///
/// Matching ignores the case of ASCII letters in the text, as `ByteClass.lower` does.
struct BytePatterns: Sendable {
    /// The patterns, in the order given.
    private let all: [[UInt8]]
    /// Whether some pattern starts with each byte value (a letter in either case).
    private let startBytes: [Bool]
    /// The patterns, in list order, that start with each byte value (a letter in either case).
    private let byStartByte: [[[UInt8]]]
    /// Whether some pattern has each byte value second (a letter in either case); all `true`
    /// when a pattern is one byte long.
    private let secondBytes: [Bool]
    /// Each pattern's rarest byte in English text (`ByteClass.commonness`) and where in the
    /// pattern it stands: `occurs` looks for these, eight text bytes at a time, and compares
    /// whole patterns only around them.
    private let anchors: [(pattern: [UInt8], byte: UInt8, offset: Int)]
    /// Each distinct anchor byte as eight lanes of one word, with the bits that fold a
    /// text word's letters to lower case when the anchor is a letter (0 otherwise).
    private let anchorLanes: [(repeated: UInt64, fold: UInt64)]

    init(_ patterns: [String]) {
        all = patterns.map { Array($0.utf8) }
        var byStartByte = [[[UInt8]]](repeating: [], count: 256)
        for pattern in all {
            guard let first = pattern.first else { continue }
            byStartByte[Int(first)].append(pattern)
            if ByteClass.isLower(first) { byStartByte[Int(first - 0x20)].append(pattern) }
        }
        self.byStartByte = byStartByte
        startBytes = byStartByte.map { !$0.isEmpty }
        var secondBytes = [Bool](repeating: all.contains { $0.count < 2 }, count: 256)
        for pattern in all where pattern.count >= 2 {
            secondBytes[Int(pattern[1])] = true
            if ByteClass.isLower(pattern[1]) { secondBytes[Int(pattern[1] - 0x20)] = true }
        }
        self.secondBytes = secondBytes
        anchors = all.filter { !$0.isEmpty }.map { pattern in
            let offset = pattern.indices.min { ByteClass.commonness(pattern[$0]) < ByteClass.commonness(pattern[$1]) }!
            return (pattern, pattern[offset], offset)
        }
        anchorLanes = Set(anchors.map(\.byte)).sorted().map { byte in
            let ones: UInt64 = 0x0101_0101_0101_0101
            return (ones &* UInt64(byte), ByteClass.isLower(byte) ? ones &* 0x20 : 0)
        }
    }

    /// Whether some pattern can start at a byte of this value.
    func mayStart(with byte: UInt8) -> Bool { startBytes[Int(byte)] }

    /// The patterns, in list order, that `bytes` holds at `index`.
    func all<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> [[UInt8]]
    where Bytes.Index == Int {
        guard mayStart(in: bytes, at: index) else { return [] }
        return byStartByte[Int(bytes[index])].filter { Self.matches($0, in: bytes, at: index) }
    }

    /// The first pattern, in list order, that occurs in `bytes` at `index`.
    func first<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> [UInt8]?
    where Bytes.Index == Int {
        guard mayStart(in: bytes, at: index) else { return nil }
        for pattern in byStartByte[Int(bytes[index])] where Self.matches(pattern, in: bytes, at: index) {
            return pattern
        }
        return nil
    }

    /// Whether some pattern occurs anywhere in `bytes`: eight bytes at a time, the lanes that
    /// hold an anchor byte are found at once, and a pattern is compared only where its anchor
    /// stands.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        anchorLanes.withUnsafeBufferPointer { anchorLanes in
            let ones: UInt64 = 0x0101_0101_0101_0101
            let (highs, lows) = (ones &* 0x80, ones &* 0x7F)
            var start = 0
            while start + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)
                for anchor in anchorLanes {
                    // Bit 7 of each lane equal to the anchor: the zero lanes of the word XOR the
                    // anchor repeated, found exactly.
                    let other = (word | anchor.fold) ^ anchor.repeated
                    var hits = ~(((other & lows) &+ lows) | other) & highs
                    while hits != 0 {
                        if occurs(in: bytes, anchoredAt: start + hits.trailingZeroBitCount / 8) { return true }
                        hits &= hits &- 1
                    }
                }
                start += 8
            }
            for position in start..<bytes.count where occurs(in: bytes, anchoredAt: position) { return true }
            return false
        }
    }

    /// Whether a pattern whose anchor is the byte at `position` occurs there.
    private func occurs(in bytes: UnsafeBufferPointer<UInt8>, anchoredAt position: Int) -> Bool {
        let b = ByteClass.lower(bytes[position])
        for anchor in anchors where anchor.byte == b {
            if Self.matches(anchor.pattern, in: bytes, at: position - anchor.offset) { return true }
        }
        return false
    }

    /// Whether a pattern may start at `index` of `bytes`, by its first byte and the one after
    /// it (a common first letter then costs two lookups, not a comparison with each pattern).
    @inline(__always)
    private func mayStart<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Bool
    where Bytes.Index == Int {
        guard index < bytes.endIndex, mayStart(with: bytes[index]) else { return false }
        return index + 1 == bytes.endIndex || secondBytes[Int(bytes[index + 1])]
    }

    /// Whether `pattern` occurs in `bytes` at `index`, ignoring the case of the text.
    static func matches<Bytes: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in bytes: Bytes, at index: Int)
        -> Bool
    where Bytes.Index == Int {
        guard index >= bytes.startIndex, bytes.endIndex - index >= pattern.count else { return false }
        var k = 0
        while k < pattern.count {
            if ByteClass.lower(bytes[index + k]) != pattern[k] { return false }
            k += 1
        }
        return true
    }
}
