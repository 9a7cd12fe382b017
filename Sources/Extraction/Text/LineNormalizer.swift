/// Trims every line, collapses runs of blanks inside a line to one space and notes where
/// blank lines stood, so later stages see each line as its words separated by single spaces.
/// Each line comes with what was counted in it on the way (``LineTally``).
enum LineNormalizer {
    static func normalize(_ input: MappedText) -> (text: MappedText, lines: [TextLine]) {
        var out = MappedText(capacity: input.count, runs: input.count / 32 + 8)
        var lines: [TextLine] = []
        // News lines run 80 bytes on average, with a run of origins or two each: one
        // allocation of each serves most texts.
        lines.reserveCapacity(input.count / 64 + 8)
        var blankPending = false
        // The input is read in order: one cursor finds each origin from the one before.
        var cursor = MappedText.Cursor()
        input.bytes.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let start = out.count
                var k = i
                var pendingBlank: (start: Int, end: Int)?
                // Set when the words ran up to the line end and took it with them.
                var copiedLineEnd = false
                var tally = LineTally()
                while k < n, bytes[k] != 0x0A {
                    let blank = ByteClass.blankLength(bytes, at: k)
                    if blank > 0 || bytes[k] == 0x0D {
                        let length = max(blank, 1)
                        if out.count > start {
                            let span = input.sourceSpan(of: k..<(k + length), from: &cursor)
                            pendingBlank = (pendingBlank?.start ?? span.offset, span.end)
                        }
                        k += length
                        continue
                    }
                    if let run = pendingBlank {
                        out.append(0x20, start: Int32(run.start), end: Int32(run.end))
                        tally.addSpace()
                        pendingBlank = nil
                    }
                    let runEnd = endOfWords(bytes, from: k, tally: &tally)
                    // Words that run up to the line end are copied with it in one piece: the
                    // line end keeps its own origin, as it does below.
                    copiedLineEnd = runEnd < n && bytes[runEnd] == 0x0A
                    out.append(contentsOf: input, range: k..<(copiedLineEnd ? runEnd + 1 : runEnd), from: &cursor)
                    k = runEnd
                    if copiedLineEnd { break }
                }
                let lineEnd = k
                let contentEnd = copiedLineEnd ? out.count - 1 : out.count
                if contentEnd > start {
                    lines.append(
                        TextLine(range: start..<contentEnd, blankBefore: blankPending && !lines.isEmpty, tally: tally))
                    if !copiedLineEnd {
                        // The line end's own origin, or after the last byte when the text ends here.
                        let origin: (start: Int, end: Int) =
                            lineEnd < n
                            ? input.origin(at: lineEnd, from: &cursor)
                            : (input.origin(at: n - 1, from: &cursor).end, -1)
                        out.append(0x0A, start: Int32(origin.start), end: Int32(max(origin.start, origin.end)))
                    }
                    blankPending = false
                } else {
                    blankPending = true
                }
                i = lineEnd + 1
            }
        }
        return (out, lines)
    }

    /// The end of the words that run from `k` (not a blank): up to a blank, a CR or the line
    /// end, except a single space before a word, which stays as it is. The bytes taken are
    /// counted in `tally`.
    private static func endOfWords(_ bytes: UnsafeBufferPointer<UInt8>, from k: Int, tally: inout LineTally) -> Int {
        var end = k
        while end < bytes.count {
            if end + 8 <= bytes.count {
                let lanes = UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self)
                let spaces = spaceLanes(lanes)
                if isPlainWords(lanes, spaces: spaces) {
                    tally.add(asciiLanes: lanes, spaces: spaces)
                    end += 8
                    continue
                }
            }
            let b = bytes[end]
            if b > 0x20, b < 0x80 {
                tally.add(b)
                end += 1
            } else if b == 0x20 {
                guard end + 1 < bytes.count, !startsBlank(bytes, at: end + 1) else { break }
                tally.addSpace()
                tally.add(bytes[end + 1])
                end += 2
            } else if startsBlank(bytes, at: end) {
                break
            } else {
                tally.add(b)
                end += 1
            }
        }
        return end
    }

    /// Bit 7 set in the lanes of `lanes` that are a space (each byte a lane of one 64-bit
    /// word), and in no other when they are ASCII.
    @inline(__always)
    private static func spaceLanes(_ lanes: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let other = lanes ^ (ones &* 0x20)
        return ~(((other & (ones &* 0x7F)) &+ ones &* 0x7F) | other) & (ones &* 0x80)
    }

    /// Whether the eight bytes of `lanes`, with `spaces` their ``spaceLanes(_:)``, are words
    /// as the loop of `endOfWords` takes them whole: printable ASCII, with single spaces only
    /// and none last (a space there would need the byte after it). All eight are tested at once.
    @inline(__always)
    private static func isPlainWords(_ lanes: UInt64, spaces: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        // Bit 7 of a lane of `lanes &+ (0x80 - 0x20)` is set when the (ASCII) byte is 0x20 or more.
        return lanes & highs == 0 && (lanes &+ ones &* 0x60) & highs == highs && spaces & (spaces << 8) == 0
            && spaces >> 63 == 0
    }

    /// Whether a blank, a CR or a line end is at `i`.
    private static func startsBlank(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0x0A || bytes[i] == 0x0D || ByteClass.blankLength(bytes, at: i) > 0
    }
}
