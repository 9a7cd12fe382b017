import Testing

@testable import Extraction

@Suite("Tokenizer")
struct TokenizerTests {
    /// The tokens of `text` as the strings they cover, words bare and marks in brackets.
    private func tokens(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(of: bytes).map { token in
            let covered = String(decoding: bytes[token.range], as: UTF8.self)
            return token.isWord ? covered : "[\(covered)]"
        }
    }

    @Test("words end at spaces and at every ASCII mark")
    func asciiMarks() {
        #expect(tokens("the 37th ASEANAPOL-led talks.") == ["the", "37th", "ASEANAPOL", "[-]", "led", "talks", "[.]"])
        #expect(tokens("(AMMTC+China)\tmet\u{0B}x") == ["[(]", "AMMTC", "[+]", "China", "[)]", "met", "[\u{0B}]", "x"])
    }

    @Test("no-break spaces separate words; dashes and curly quotes are marks; other UTF-8 is a word")
    func utf8() {
        #expect(tokens("Viet\u{A0}Nam") == ["Viet", "Nam"])
        #expect(
            tokens("China\u{2019}s \u{201C}Lancang\u{2013}Mekong\u{201D}") == [
                "China", "[\u{2019}]", "s", "[\u{201C}]", "Lancang", "[\u{2013}]", "Mekong", "[\u{201D}]",
            ])
        #expect(tokens("Đà Nẵng caf\u{E9}\u{2122}") == ["Đà", "Nẵng", "caf\u{E9}\u{2122}"])
    }

    @Test("keys ignore ASCII case, and curly marks key like their ASCII forms")
    func keys() {
        let keys = Tokenizer.tokens(of: Array("Talks TALKS talks \u{2019} ' \u{2014} -".utf8)).map(\.key)
        #expect(keys[0] == Tokenizer.key("talks") && keys[1] == keys[0] && keys[2] == keys[0])
        #expect(keys[3] == Tokenizer.key("'") && keys[4] == keys[3])
        #expect(keys[5] == Tokenizer.key("-") && keys[6] == keys[5])
    }

    @Test("capitalised means an ASCII capital, a digit or a letter beyond ASCII")
    func capitals() {
        let flags = Tokenizer.tokens(of: Array("Police police 2019 Đà".utf8)).map(\.isCapitalized)
        #expect(flags == [true, false, true, true])
    }
}
