/// Cheap facts about one line, computed in one pass over its bytes for the debris rules.
struct LineFeatures {
    let bytes: ArraySlice<UInt8>
    /// The bytes the rules that read words and prefixes look at: the line's first
    /// `windowLimit` bytes (no rule reads further into a long line). Rules match it ignoring
    /// the case of ASCII letters.
    let window: ArraySlice<UInt8>
    private static let windowLimit = 400
    let wordCount: Int
    let hasDigit: Bool
    let hasASCIILetter: Bool
    let hasNonASCII: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        window = bytes.prefix(Self.windowLimit)
        var words = 0
        var previousBlank = true
        var kinds: UInt8 = 0
        Self.byteKinds.withUnsafeBufferPointer { byteKinds in
            bytes.withUnsafeBufferPointer { buffer in
                for b in buffer {
                    let blank = b == 0x20
                    words &+= previousBlank && !blank ? 1 : 0
                    previousBlank = blank
                    kinds |= byteKinds[Int(b)]
                }
            }
        }
        wordCount = words
        hasDigit = kinds & Self.digit != 0
        hasASCIILetter = kinds & Self.letter != 0
        hasNonASCII = kinds & Self.nonASCII != 0
    }

    /// What each byte value tells about its line, as a bit set of `digit`, `letter`, `nonASCII`.
    private static let digit: UInt8 = 1
    private static let letter: UInt8 = 2
    private static let nonASCII: UInt8 = 4
    private static let byteKinds: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let b = UInt8(value)
        if b >= 0x80 { return nonASCII }
        return ByteClass.isDigit(b) ? digit : ByteClass.isLetter(b) ? letter : 0
    }

    /// Whether the line starts with `prefix` (lower-case UTF-8), in any letter case.
    func starts(with prefix: [UInt8]) -> Bool { BytePatterns.matches(prefix, in: window, at: window.startIndex) }

    /// The patterns of `list` the line starts with, in list order.
    func prefixes(in list: BytePatterns) -> [[UInt8]] { list.all(in: window, at: window.startIndex) }

    /// Whether the line starts with one of the patterns of `list`.
    func starts(withAnyOf list: BytePatterns) -> Bool { list.first(in: window, at: window.startIndex) != nil }

    /// The last byte that is not a closing quote or bracket.
    var lastSignificant: UInt8? { Self.lastSignificant(of: bytes) }

    private static func lastSignificant(of bytes: ArraySlice<UInt8>) -> UInt8? {
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
    var endsSentence: Bool { Self.endsSentence(bytes) }

    private static func endsSentence(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = lastSignificant(of: bytes) else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == 0xA6
    }

    /// Reads like body prose rather than a label, headline or link.
    var isBodyLike: Bool { Self.isBodyLike(wordCount: wordCount, endsSentence: endsSentence) }

    private static func isBodyLike(wordCount: Int, endsSentence: Bool) -> Bool {
        (wordCount >= 8 && endsSentence) || wordCount >= bodyWords
    }

    /// A line of this many words is body prose however it ends.
    private static let bodyWords = 25

    /// ``isBodyLike`` of `bytes`, counting words only until the count decides it (a paragraph
    /// is known for prose after its first sentence or two, not its whole length).
    static func isBodyLike(_ bytes: ArraySlice<UInt8>) -> Bool {
        var words = 0
        var previousBlank = true
        for b in bytes {
            let blank = b == 0x20
            if previousBlank && !blank {
                words += 1
                if words >= bodyWords { return true }
            }
            previousBlank = blank
        }
        return isBodyLike(wordCount: words, endsSentence: endsSentence(bytes))
    }

    /// Short and unpunctuated at the end, like a headline or a link in a list.
    var isHeadlineLike: Bool {
        guard bytes.count <= 160, (2...18).contains(wordCount), let last = lastSignificant else { return false }
        return
            !(last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ","))
    }
}
