/// A short list of lower-case byte patterns (prefixes, phrases, separators), filed by the
/// byte they start with, so a scan rejects most positions with one lookup and tries only
/// the patterns that can match at the others.
///
///     let separators = BytePatterns(["|", ">"])
///     separators.first(in: Array("Home | News".utf8)[...], at: 5)   // [0x7C]
///
/// Matching ignores the case of ASCII letters in the text, as `ByteClass.lower` does.
final class BytePatterns: Sendable {
    /// The patterns, in the order given.
    private let all: [[UInt8]]
    /// Whether some pattern starts with each byte value (a letter in either case).
    private let startBytes: [Bool]
    /// The patterns, in list order, that start with each byte value (a letter in either case).
    private let byStartByte: [[[UInt8]]]
    /// Whether some pattern has each byte value second (a letter in either case); all `true`
    /// when a pattern is one byte long.
    private let secondBytes: [Bool]
    /// The length of the shortest pattern: `occurs` reads the text through a window this long.
    private let shortest: Int
    /// How far the window moves on after a last byte of each value (a letter in either case):
    /// up to that byte's last place among the first `shortest` bytes of a pattern, short of the
    /// end, or by the whole window when no pattern holds it there.
    private let skips: [Int]
    /// Whether some pattern has each byte value (a letter in either case) as byte `shortest`:
    /// only a window ending in one can hold a pattern.
    private let windowEnds: [Bool]

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
        let shortest = all.lazy.filter { !$0.isEmpty }.map(\.count).min() ?? 0
        self.shortest = shortest
        var skips = [Int](repeating: max(shortest, 1), count: 256)
        var windowEnds = [Bool](repeating: false, count: 256)
        for pattern in all where !pattern.isEmpty {
            for (offset, byte) in pattern.prefix(shortest).enumerated() {
                let cases = ByteClass.isLower(byte) ? [byte, byte - 0x20] : [byte]
                for value in cases.map(Int.init) {
                    if offset == shortest - 1 {
                        windowEnds[value] = true
                    } else {
                        skips[value] = min(skips[value], shortest - 1 - offset)
                    }
                }
            }
        }
        self.skips = skips
        self.windowEnds = windowEnds
    }

    /// Whether some pattern can start at a byte of this value.
    func mayStart(with byte: UInt8) -> Bool { startBytes[Int(byte)] }

    /// Whether some pattern can have a byte of this value second (any can when one is a
    /// single byte long).
    func mayHaveSecond(_ byte: UInt8) -> Bool { secondBytes[Int(byte)] }

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

    /// Whether some pattern occurs anywhere in `bytes`. A window as long as the shortest
    /// pattern moves along the text by the skip of its last byte (Horspool's search for a set
    /// of patterns), so a long phrase is looked for at a fraction of the bytes; patterns are
    /// compared only where the window's last byte ends one.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard shortest > 0 else { return false }
        var end = shortest - 1
        while end < bytes.count {
            let b = Int(bytes[end])
            if windowEnds[b] {
                for pattern in all where !pattern.isEmpty && Self.matches(pattern, in: bytes, at: end + 1 - shortest) {
                    return true
                }
            }
            end += skips[b]
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
