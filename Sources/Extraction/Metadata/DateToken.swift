/// A word, number or punctuation mark of a byline, for the date patterns to match.
struct DateToken {
    enum Kind: Equatable {
        case number(value: Int, digits: Int)
        case word(String)
        case mark(UInt8)
    }

    let kind: Kind
    /// Byte range in the line's text.
    let range: Range<Int>

    /// Splits `bytes[range]` into tokens; blanks separate tokens and are dropped, bytes above
    /// ASCII join words (so `Thứ` is one word), and each other ASCII byte is a mark.
    static func tokenize(_ bytes: [UInt8], _ range: Range<Int>) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let start = i
            if ByteClass.isDigit(b) {
                var value = 0
                while i < range.upperBound, ByteClass.isDigit(bytes[i]) {
                    if i - start < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    i += 1
                }
                tokens.append(DateToken(kind: .number(value: value, digits: i - start), range: start..<i))
            } else if ByteClass.isLetter(b) || b >= 0x80 {
                if b == 0xE2 {
                    i += 3
                    tokens.append(DateToken(kind: .mark(0x2D), range: start..<min(i, range.upperBound)))
                    continue
                }
                while i < range.upperBound, ByteClass.isLetter(bytes[i]) || (bytes[i] >= 0x80 && bytes[i] != 0xE2) {
                    i += 1
                }
                let word = String(decoding: bytes[start..<i].map(ByteClass.lower), as: UTF8.self)
                tokens.append(DateToken(kind: .word(word), range: start..<i))
            } else {
                i += 1
                if !ByteClass.isSpace(b) { tokens.append(DateToken(kind: .mark(b), range: start..<i)) }
            }
        }
        return tokens
    }
}
