import Testing

@testable import Extraction

/// The tokens the date grammar reads: numbers with what is glued to them, and marks.
@Suite("Time tokenizer")
struct TimeTokenizerTests {
    @Test("a decade's 's' is a word glued to its number, as in 1990's")
    func decadeSuffix() {
        let tokens = TimeTokenizer.tokens(of: "1990s 1990's 23rd 10am")
        #expect(tokens.count == 7, "\(tokens.map { ($0.start, $0.end) })")
        guard tokens.count == 7 else { return }
        #expect(tokens[0].kind == .number && tokens[0].value == 1990 && tokens[0].isCompound)
        #expect(tokens[1].keyword == .s && !tokens[1].spaced)
        #expect(tokens[2].kind == .number && !tokens[2].isCompound)
        #expect(tokens[3].isMark(UInt8(ascii: "'")) && tokens[4].keyword == .s)
        #expect(tokens[5].isOrdinal && tokens[5].value == 23)
        #expect(tokens[6].isCompound && tokens[6].end - tokens[6].start == 4)
    }

    @Test("curly single quotes read as an apostrophe; other non-ASCII marks as 0")
    func apostrophes() {
        let tokens = TimeTokenizer.tokens(of: "\u{2018}90s Year\u{2019}s \u{00A7}")
        #expect(tokens.map(\.value) == [0x27, 90, 0, 0, 0x27, 0, 0])
        #expect(tokens.last?.kind == .mark)
    }
}
