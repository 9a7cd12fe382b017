/// Trims every line, collapses runs of blanks inside a line to one space and notes where
/// blank lines stood, so later stages see each line as its words separated by single spaces.
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
                        pendingBlank = nil
                    }
                    let runEnd = endOfWords(bytes, from: k + 1)
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
                    lines.append(TextLine(range: start..<contentEnd, blankBefore: blankPending && !lines.isEmpty))
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

    /// The end of the words that run from `k`: up to a blank, a CR or the line end, except a
    /// single space before a word, which stays as it is.
    private static func endOfWords(_ bytes: UnsafeBufferPointer<UInt8>, from k: Int) -> Int {
        var end = k
        while end < bytes.count {
            if end + 8 <= bytes.count, isPlainWords(UnsafeRawPointer(bytes.baseAddress! + end)) {
                end += 8
                continue
            }
            let b = bytes[end]
            if b > 0x20, b < 0x80 {
                end += 1
            } else if b == 0x20 {
                guard end + 1 < bytes.count, !startsBlank(bytes, at: end + 1) else { break }
                end += 2
            } else if startsBlank(bytes, at: end) {
                break
            } else {
                end += 1
            }
        }
        return end
    }

    /// Whether the eight bytes at `start` are words as the loop of `endOfWords` takes them
    /// whole: printable ASCII, with single spaces only and none last (a space there would need
    /// the byte after it). Each byte is a lane of one 64-bit word, tested all at once.
    @inline(__always)
    private static func isPlainWords(_ start: UnsafeRawPointer) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (highs, lows) = (ones &* 0x80, ones &* 0x7F)
        let lanes = start.loadUnaligned(as: UInt64.self)
        // Bit 7 of a lane of `lanes &+ (0x80 - 0x20)` is set when the (ASCII) byte is 0x20 or more.
        guard lanes & highs == 0, (lanes &+ ones &* 0x60) & highs == highs else { return false }
        let other = lanes ^ (ones &* 0x20)
        let spaces = ~(((other & lows) &+ lows) | other) & highs
        return spaces & (spaces << 8) == 0 && spaces >> 63 == 0
    }

    /// Whether a blank, a CR or a line end is at `i`.
    private static func startsBlank(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        bytes[i] == 0x0A || bytes[i] == 0x0D || ByteClass.blankLength(bytes, at: i) > 0
    }
}
