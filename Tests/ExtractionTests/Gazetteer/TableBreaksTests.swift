import Testing

@testable import Extraction

@Suite("Table breaks")
struct TableBreaksTests {
    /// Every offset from which `find` is asked, against a byte-by-byte search.
    private func agrees(_ text: String, _ find: (Int, UnsafeBufferPointer<UInt8>) -> Int, _ passes: (UInt8) -> Bool)
        -> Bool
    {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            (0...bytes.count).allSatisfy { start in
                find(start, buffer) == (bytes[start...].firstIndex(where: passes) ?? bytes.count)
            }
        }
    }

    @Test("line feeds are found at any offset, past long lines, multibyte letters and tabs")
    func lineFeeds() {
        let text = "Huế\tHue\tVN\t16.4619\nNice\t\tFR\n\n\u{0B}x\u{09}0123456789abcdef\nlast line without one"
        #expect(agrees(text, TableBreaks.lineFeed, { $0 == UInt8(ascii: "\n") }))
        #expect(agrees("no feed at all, longer than eight bytes", TableBreaks.lineFeed, { $0 == 10 }))
    }

    @Test("field ends are tabs and line feeds, not the bytes just above them")
    func fieldEnds() {
        let text = "Hà Nội\t3|9\nHANOI\t7\n\t\n\u{0B}\u{0C}\u{0D} \u{7F}\u{80}ÿ long enough to pass words\t1"
        #expect(agrees(text, TableBreaks.fieldEnd, { $0 < 0x0B }))
        #expect(agrees("", TableBreaks.fieldEnd, { $0 < 0x0B }))
    }
}
