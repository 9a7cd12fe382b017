/// Cheap facts about one line, computed on its bytes for the debris rules.
struct LineFeatures {
    let bytes: ArraySlice<UInt8>
    /// The line lower-cased (ASCII letters only); only its first `loweredLimit` bytes when
    /// it is longer (no rule reads further into a long line).
    let lowered: [UInt8]
    private static let loweredLimit = 400
    let wordCount: Int
    let hasDigit: Bool
    let hasASCIILetter: Bool
    let hasNonASCII: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        lowered = bytes.prefix(Self.loweredLimit).map(ByteClass.lower)
        var words = 0
        var inWord = false
        var digit = false
        var letter = false
        var nonASCII = false
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer {
                if b == 0x20 {
                    inWord = false
                } else {
                    if !inWord { words += 1 }
                    inWord = true
                }
                digit = digit || ByteClass.isDigit(b)
                letter = letter || ByteClass.isLetter(b)
                nonASCII = nonASCII || b >= 0x80
            }
        }
        wordCount = words
        hasDigit = digit
        hasASCIILetter = letter
        hasNonASCII = nonASCII
    }

    /// Whether the lower-cased line starts with `prefix` (lower-case UTF-8).
    func starts(with prefix: [UInt8]) -> Bool { ByteSearch.hasPrefix(prefix, in: lowered, at: 0) }

    /// Whether the lower-cased line contains `phrase` (lower-case UTF-8).
    func contains(_ phrase: [UInt8]) -> Bool { ByteSearch.find(phrase, in: lowered) != nil }

    /// The last byte that is not a closing quote or bracket.
    var lastSignificant: UInt8? {
        var k = bytes.endIndex
        while k > bytes.startIndex {
            let b = bytes[k - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D {
                k -= 1
            } else if b == 0x9D || b == 0x99, k - 3 >= bytes.startIndex, bytes[k - 3] == 0xE2, bytes[k - 2] == 0x80 {
                k -= 3
            } else {
                return b
            }
        }
        return nil
    }

    /// Ends like a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes.
    var endsSentence: Bool {
        guard let last = lastSignificant else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == 0xA6
    }

    /// Reads like body prose rather than a label, headline or link.
    var isBodyLike: Bool { (wordCount >= 8 && endsSentence) || wordCount >= 25 }

    /// Short and unpunctuated at the end, like a headline or a link in a list.
    var isHeadlineLike: Bool {
        guard bytes.count <= 160, (2...18).contains(wordCount), let last = lastSignificant else { return false }
        return
            !(last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ","))
    }
}
