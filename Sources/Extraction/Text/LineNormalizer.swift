/// Trims every line, collapses runs of blanks inside a line to one space and notes where
/// blank lines stood, so later stages see each line as its words separated by single spaces.
enum LineNormalizer {
    static func normalize(_ input: MappedText) -> (text: MappedText, lines: [TextLine]) {
        let bytes = input.bytes
        var out = MappedText(capacity: input.count)
        var lines: [TextLine] = []
        var blankPending = false
        var i = 0
        let n = bytes.count
        while i < n {
            var lineEnd = i
            while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let start = out.count
            var k = i
            var pendingBlank: (start: Int, end: Int)?
            while k < lineEnd {
                let blank = ByteClass.blankLength(bytes, at: k)
                if blank > 0 || bytes[k] == 0x0D {
                    let length = max(blank, 1)
                    if out.count > start {
                        let span = input.sourceSpan(of: k..<(k + length))
                        if let run = pendingBlank {
                            pendingBlank = (run.start, span.end)
                        } else {
                            pendingBlank = (span.offset, span.end)
                        }
                    }
                    k += length
                    continue
                }
                if let run = pendingBlank {
                    out.append(0x20, start: Int32(run.start), end: Int32(run.end))
                    pendingBlank = nil
                }
                var runEnd = k + 1
                while runEnd < lineEnd {
                    let b = bytes[runEnd]
                    if b == 0x20, runEnd + 1 < lineEnd, !mayStartBlank(bytes[runEnd + 1]) {
                        runEnd += 2
                    } else if mayStartBlank(b) {
                        break
                    } else {
                        runEnd += 1
                    }
                }
                out.append(contentsOf: input, range: k..<runEnd)
                k = runEnd
            }
            if out.count > start {
                lines.append(TextLine(range: start..<out.count, blankBefore: blankPending && !lines.isEmpty))
                let origin = input.sourceSpan(of: lineEnd..<min(lineEnd + 1, n))
                out.append(0x0A, start: Int32(origin.offset), end: Int32(origin.end))
                blankPending = false
            } else {
                blankPending = true
            }
            i = lineEnd + 1
        }
        return (out, lines)
    }

    /// Whether a blank (ASCII or one of the Unicode ones `ByteClass.blankLength` knows) can
    /// start at this byte.
    private static func mayStartBlank(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF
    }
}
