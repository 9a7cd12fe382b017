/// First stage of preparation: bytes as read to well-formed UTF-8 with `\n` line ends.
///
/// Drops a leading BOM, turns CRLF and lone CR into LF, and replaces each ill-formed
/// sequence (its maximal well-formed prefix, as Unicode recommends) with U+FFFD. Runs of
/// bytes that need none of this are copied in one piece.
enum UTF8Decoder {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func decode(_ input: [UInt8]) -> (text: MappedText, invalidSequences: Int) {
        if isClean(input) { return (MappedText(unchanged: input), 0) }
        var out = MappedText(capacity: input.count)
        var invalid = 0
        input.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var unchangedFrom = i
            while i < n {
                let b = bytes[i]
                if b < 0x80, b != 0x0D {
                    i += 1
                    continue
                }
                if b == 0x0D {
                    out.append(unchanged: input, range: unchangedFrom..<i)
                    let end = i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                    out.append(0x0A, start: Int32(i), end: Int32(end))
                    i = end
                    unchangedFrom = i
                    continue
                }
                let length = wellFormedLength(bytes, at: i)
                if !length.valid {
                    out.append(unchanged: input, range: unchangedFrom..<i)
                    invalid += 1
                    for byte in replacement { out.append(byte, start: Int32(i), end: Int32(i + length.count)) }
                    unchangedFrom = i + length.count
                }
                i += length.count
            }
            out.append(unchanged: input, range: unchangedFrom..<n)
        }
        return (out, invalid)
    }

    /// Whether `input` is well-formed UTF-8 without a BOM or a CR, so decoding leaves it as is.
    private static func isClean(_ input: [UInt8]) -> Bool {
        guard !input.starts(with: [0xEF, 0xBB, 0xBF]) else { return false }
        return input.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                // Sixteen plain bytes are passed over with one test, then eight.
                if i + 16 <= bytes.count {
                    let start = UnsafeRawPointer(bytes.baseAddress! + i)
                    if (nonPlainLanes(start) | nonPlainLanes(start + 8)) & (0x0101_0101_0101_0101 &* 0x80) == 0 {
                        i += 16
                        continue
                    }
                }
                if i + 8 <= bytes.count,
                    nonPlainLanes(UnsafeRawPointer(bytes.baseAddress! + i)) & (0x0101_0101_0101_0101 &* 0x80) == 0
                {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x0D { return false }
                    i += 1
                    continue
                }
                let length = wellFormedLength(bytes, at: i)
                guard length.valid else { return false }
                i += length.count
            }
            return true
        }
    }

    /// Bit 7 set in the lanes of the eight bytes at `start` that are not ASCII or are a CR
    /// (and perhaps in a lane above one, through a borrow): 0 when all eight are plain ASCII.
    @inline(__always)
    private static func nonPlainLanes(_ start: UnsafeRawPointer) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let word = start.loadUnaligned(as: UInt64.self)
        let crless = word ^ (ones &* 0x0D)  // a zero byte where a CR was
        return word | ((crless &- ones) & ~crless)
    }

    /// The length of the sequence starting at `i` (a non-ASCII lead byte) and whether it is
    /// well formed; when it is not, `count` is the maximal prefix to replace (at least 1).
    private static func wellFormedLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (count: Int, valid: Bool) {
        let b = s[i]
        let needed: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: needed = 1
        case 0xE0:
            needed = 2
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED:
            needed = 2
            high = 0x9F
        case 0xF0:
            needed = 3
            low = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4:
            needed = 3
            high = 0x8F
        default: return (1, false)
        }
        var k = 1
        while k <= needed {
            guard i + k < s.count else { return (k, false) }
            let c = s[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard c >= lo, c <= hi else { return (k, false) }
            k += 1
        }
        return (needed + 1, true)
    }
}
