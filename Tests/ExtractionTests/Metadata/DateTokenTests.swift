import Testing

@testable import Extraction

/// `DateToken.withTokens`: the tokens of one byline stretch, read in a buffer of the call.
@Suite("Byline tokens")
struct DateTokenTests {
    /// Each token of `line` from `start` as its kind and its text.
    private func tokens(of line: String, from start: Int = 0) -> [String] {
        let bytes = Array(line.utf8)
        return DateToken.withTokens(bytes, start..<bytes.count) { tokens in
            tokens.map { token in
                let text = String(decoding: bytes[token.range], as: UTF8.self)
                switch token.kind {
                case .number(let value, let digits): return "number \(value)/\(digits) \(text)"
                case .word(let month, let weekday): return "word \(month ?? 0)/\(weekday ?? 0) \(text)"
                case .mark(let byte): return "mark \(byte) \(text)"
                }
            }
        }
    }

    @Test("numbers with their ordinal suffix, calendar words, marks and dashes; blanks dropped")
    func kinds() {
        #expect(
            tokens(of: "Wed, 13th Sept \u{2013} 2024") == [
                "word 0/3 Wed", "mark 44 ,", "number 13/2 13th", "word 9/0 Sept", "mark 45 \u{2013}",
                "number 2024/4 2024",
            ])
    }

    @Test("only the stretch asked for is read; an empty stretch has no tokens")
    func stretch() {
        #expect(tokens(of: "Oct. 21", from: 5) == ["number 21/2 21"])
        #expect(tokens(of: "Oct. 21", from: 7).isEmpty)
    }
}
