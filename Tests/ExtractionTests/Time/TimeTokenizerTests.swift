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

    @Test("an empty text has no tokens and no starts")
    func empty() {
        let scanned = TimeTokenizer.scan("")
        #expect(scanned.tokens.isEmpty && scanned.starts.isEmpty && scanned.lengthStarts.isEmpty)
    }

    @Test("a number glued to a word, or by a dash to a name, is compound; after a date word's dash it is not")
    func gluedNumbers() {
        let tokens = TimeTokenizer.tokens(of: "COVID19 COVID-19 mid-2015 May-2015 x -19")
        let numbers = tokens.filter { $0.kind == .number }.map(\.isCompound)
        #expect(numbers == [true, true, false, false, false])
    }

    @Test("whitespace before a token is recorded: spaces, a no-break space, a line break")
    func whitespace() {
        let tokens = TimeTokenizer.tokens(of: "On\u{00A0}12\n\tMay,2015")
        #expect(tokens.map(\.spaced) == [true, true, true, false, false])
        #expect(tokens.map(\.newline) == [false, false, true, false, false])
    }
}
