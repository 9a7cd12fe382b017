/// Cheap facts about one line, computed on its bytes for the debris rules.
struct LineFeatures {
    let bytes: ArraySlice<UInt8>
    /// The line lower-cased (ASCII letters only).
    let lowered: [UInt8]
    let wordCount: Int
    let hasDigit: Bool
    let hasASCIILetter: Bool
    let hasNonASCII: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        lowered = bytes.map(ByteClass.lower)
        var words = 0
        var inWord = false
        var digit = false
        var letter = false
        var nonASCII = false
        for b in bytes {
            if b == 0x20 {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
            }
            if ByteClass.isDigit(b) { digit = true }
            if ByteClass.isLetter(b) { letter = true }
            if b >= 0x80 { nonASCII = true }
        }
        wordCount = words
        hasDigit = digit
        hasASCIILetter = letter
        hasNonASCII = nonASCII
    }

    func starts(with prefix: String) -> Bool { lowered.starts(with: prefix.utf8) }

    func contains(_ phrase: String) -> Bool { lowered.firstRange(of: Array(phrase.utf8)) != nil }

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

    /// The words, lower-cased, with surrounding punctuation removed; empty words dropped.
    var words: [Substring] {
        String(decoding: lowered, as: UTF8.self).split(separator: " ").map(Self.trimPunctuation).filter { !$0.isEmpty }
    }

    private static let punctuation: Set<Character> = [
        "[", "]", "(", ")", "|", ":", ",", ";", ".", "!", "-", "\u{2013}", "\u{2014}", "\u{2022}", "*", "/", "\"", "'",
    ]

    private static func trimPunctuation(_ word: Substring) -> Substring {
        var start = word.startIndex
        var end = word.endIndex
        while start < end, punctuation.contains(word[start]) { start = word.index(after: start) }
        while end > start, punctuation.contains(word[word.index(before: end)]) { end = word.index(before: end) }
        return word[start..<end]
    }
}
