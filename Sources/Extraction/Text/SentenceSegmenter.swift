/// Splits text into sentences, on UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis followed by a blank (closing quotes and
/// brackets stay with it), and always at a line end. A full stop does not end one after an
/// abbreviation (`Oct.`, `Dr.`, `No. 2`), an initial (`J. Smith`), inside a number (`3.5`),
/// or before a lower-case word; after `a.m.`, `p.m.` or `U.S.` it ends one only when a
/// typical sentence opener follows.
public enum SentenceSegmenter {
    /// The text being split.
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// UTF-8 byte ranges of the sentences of `text`, trimmed of blanks.
    public static func sentences(in text: String) -> [Range<Int>] { sentences(in: Array(text.utf8)) }

    /// UTF-8 byte ranges of the sentences of `bytes`, trimmed of blanks.
    public static func sentences(in text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { sentences(in: $0) }
    }

    private static func sentences(in bytes: Bytes) -> [Range<Int>] {
        let n = bytes.count
        var result: [Range<Int>] = []
        // News sentences run well over a hundred bytes: one allocation serves most texts.
        result.reserveCapacity(n / 96 + 4)
        var start = 0
        var i = 0
        while i < n {
            // Most stretches of eight bytes hold no candidate: they are passed over at once;
            // in the others the scan goes straight to the first candidate.
            if i + 8 <= n {
                let candidates = candidates(inEightAt: UnsafeRawPointer(bytes.baseAddress! + i))
                if candidates == 0 {
                    i += 8
                    continue
                }
                i += candidates.trailingZeroBitCount / 8
            }
            let b = bytes[i]
            if !mayEndSentence(b) {
                i += 1
                continue
            }
            if b == 0x0A {
                emit(start..<i, bytes, into: &result)
                start = i + 1
                i += 1
                continue
            }
            guard let length = terminatorLength(bytes, at: i) else {
                i += 1
                continue
            }
            let end = closersEnd(bytes, from: i + length)
            if end < n, bytes[end] != 0x20, bytes[end] != 0x0A, bytes[end] != 0x09 {
                i = end
                continue
            }
            if endsSentence(bytes, terminator: i, length: length, next: nextWord(bytes, from: end)) {
                emit(start..<end, bytes, into: &result)
                start = end
            }
            i = end
        }
        emit(start..<n, bytes, into: &result)
        return result
    }

    /// A line end or a byte that may start a terminator (`.`, `!`, `?`, the lead byte of `…`).
    private static func mayEndSentence(_ b: UInt8) -> Bool {
        b == 0x0A || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == 0xE2
    }

    /// The bytes among the eight at `start` that pass `mayEndSentence`, or are not ASCII,
    /// tested on the eight at once: a byte equal to `value` is a zero byte of the word XOR
    /// `value` repeated, and a byte that is not ASCII has bit 7 set (the lead byte of `…` is
    /// one; the others are passed over one by one). Bit 7 of a byte's lane is set for each
    /// candidate, and may be set above one for a byte that is not (a borrow carried up), but
    /// the lowest bit set is always a candidate; 0 when there is none.
    @inline(__always)
    private static func candidates(inEightAt start: UnsafeRawPointer) -> UInt64 {
        let word = start.loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        func holds(_ value: UInt8) -> UInt64 {
            let zeroWhereEqual = word ^ (ones &* UInt64(value))
            return (zeroWhereEqual &- ones) & ~zeroWhereEqual
        }
        let stops = holds(UInt8(ascii: ".")) | holds(UInt8(ascii: "!")) | holds(UInt8(ascii: "?"))
        return (stops | holds(0x0A) | word) & (ones &* 0x80)
    }

    /// Length of the terminator at `i`: a run of `.`, `!` or `?`, or `…`; `nil` if none.
    private static func terminatorLength(_ bytes: Bytes, at i: Int) -> Int? {
        let b = bytes[i]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
            var j = i + 1
            while j < bytes.count,
                bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: "!")
                    || bytes[j] == UInt8(ascii: "?")
            {
                j += 1
            }
            return j - i
        }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { return 3 }
        return nil
    }

    /// Past any closing quotes and brackets after a terminator.
    private static func closersEnd(_ bytes: Bytes, from start: Int) -> Int {
        var k = start
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
                k += 1
            } else if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x9D || bytes[k + 2] == 0x99
            {
                k += 3
            } else {
                break
            }
        }
        return k
    }

    /// The bytes of the next word after blanks on the same line (empty at a line end).
    private static func nextWord(_ bytes: Bytes, from start: Int) -> Slice<Bytes> {
        var k = start
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        var end = k
        while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
        return bytes[k..<end]
    }

    private static func endsSentence(
        _ bytes: Bytes, terminator i: Int, length: Int, next: Slice<Bytes>
    ) -> Bool {
        guard let first = next.first(where: { !isOpeningPunctuation($0) }) else { return true }
        if ByteClass.isLower(first) { return false }
        guard bytes[i] == UInt8(ascii: "."), length == 1 else { return true }
        var k = i
        while k > 0, !ByteClass.isSpace(bytes[k - 1]), !isOpeningPunctuation(bytes[k - 1]) { k -= 1 }
        let token = bytes[k..<i]
        if token.count == 1, ByteClass.isUpper(token.first!) { return false }
        if continuing.contains(token) { return false }
        if beforeNumber.contains(token) { return !ByteClass.isDigit(first) }
        if mayEnd.contains(token) || isAcronym(token) {
            return sentenceOpeners.contains(next.lazy.filter(ByteClass.isLetter))
        }
        return true
    }

    private static let continuing = WordTable(Abbreviations.continuing)
    private static let beforeNumber = WordTable(Abbreviations.beforeNumber)
    private static let mayEnd = WordTable(Abbreviations.mayEnd)
    private static let sentenceOpeners = WordTable(Abbreviations.sentenceOpeners)

    /// Single letters joined by full stops: `U.S`, `a.m`.
    private static func isAcronym(_ token: Slice<Bytes>) -> Bool {
        guard token.count >= 3 else { return false }
        for (offset, b) in token.enumerated() {
            if offset % 2 == 0 ? !ByteClass.isLetter(b) : b != UInt8(ascii: ".") { return false }
        }
        return true
    }

    private static func isOpeningPunctuation(_ b: UInt8) -> Bool {
        b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0xE2 || b == 0x80 || b == 0x9C || b == 0x98
    }

    private static func emit(_ range: Range<Int>, _ bytes: Bytes, into result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ByteClass.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, ByteClass.isSpace(bytes[upper - 1]) { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }
}
