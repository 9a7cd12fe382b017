/// One word or punctuation mark of the text, as byte offsets and a case-folded hash.
///
/// Cue tables compare `key`s, never strings, so matching a cue costs one integer compare.
struct Token: Sendable, Hashable {
    /// UTF-8 byte offsets into the text.
    var range: Range<Int>
    /// FNV-1a hash of the token's bytes with ASCII letters lower-cased.
    var key: UInt64
    /// Whether the first byte is an ASCII capital letter or a digit (names and numbers).
    var isCapitalized: Bool
    /// Whether the token is a word (letters or digits) rather than a punctuation mark.
    var isWord: Bool
}

/// Splits UTF-8 text into word and punctuation tokens in one pass over the bytes.
///
///     Tokenizer.tokens(of: Array("the 37th ASEANAPOL-led talks".utf8)).count   // 6
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The key `Token.key` would have for `word`, for building cue tables.
    static func key(_ word: String) -> UInt64 {
        var hash = fnvOffset
        for byte in word.utf8 { hash = (hash ^ UInt64(lower(byte))) &* fnvPrime }
        return hash
    }

    static func tokens(of text: [UInt8]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(text.count / 5)
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if isSpace(byte) {
                index += 1
                continue
            }
            if isNoBreakSpace(text, at: index) {
                index += 2
                continue
            }
            if let width = punctuationWidth(text, at: index) {
                let key = punctuationKey(text, at: index, width: width)
                out.append(Token(range: index..<index + width, key: key, isCapitalized: false, isWord: false))
                index += width
                continue
            }
            let start = index
            var hash = fnvOffset
            while index < count, !isSpace(text[index]), !isNoBreakSpace(text, at: index),
                punctuationWidth(text, at: index) == nil
            {
                hash = (hash ^ UInt64(lower(text[index]))) &* fnvPrime
                index += 1
            }
            let first = text[start]
            let capital = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first >= 0xC3
            out.append(Token(range: start..<index, key: hash, isCapitalized: capital, isWord: true))
        }
        return out
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
    }

    /// The width of the punctuation mark at `index`, or `nil` when a word byte starts there.
    /// ASCII marks are one byte; U+2010-U+2026 (dashes, curly quotes) are three.
    @inline(__always) static func punctuationWidth(_ text: [UInt8], at index: Int) -> Int? {
        let byte = text[index]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return nil
            default: return 1
            }
        }
        if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, (0x90...0xA6).contains(text[index + 2]) {
            return 3
        }
        return nil
    }

    @inline(__always) static func isNoBreakSpace(_ text: [UInt8], at index: Int) -> Bool {
        text[index] == 0xC2 && index + 1 < text.count && text[index + 1] == 0xA0
    }

    /// Curly apostrophes and quotes hash like their ASCII forms; dashes like `-`.
    static func punctuationKey(_ text: [UInt8], at index: Int, width: Int) -> UInt64 {
        var byte = text[index]
        if width == 3 {
            switch text[index + 2] {
            case 0x98, 0x99: byte = 0x27
            case 0x9C, 0x9D: byte = 0x22
            default: byte = 0x2D
            }
        }
        return (fnvOffset ^ UInt64(byte)) &* fnvPrime
    }
}
