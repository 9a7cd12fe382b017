/// Which characters belong to words, for the whole-word rule of ``PhraseMatcher``.
///
/// Word characters are ASCII letters and digits and the letters of the Latin, Greek and
/// Cyrillic blocks (with combining accents). Everything else separates words: spaces,
/// punctuation (so hyphens and apostrophes split "China-ASEAN" and "Thailand's"), symbols,
/// and CJK characters, so a stray "北京" glued to "Beijing" does not hide it.
enum WordCharacter {
    /// Whether an ASCII byte is a letter or digit.
    @inline(__always)
    static func isASCIIWord(_ byte: UInt8) -> Bool {
        byte &- 48 < 10 || (byte | 0x20) &- 97 < 26
    }

    /// Whether a Unicode scalar value is a word character.
    static func isWord(scalar value: UInt32) -> Bool {
        if value < 128 { return isASCIIWord(UInt8(value)) }
        switch value {
        case 0xC0...0x24F: return value != 0xD7 && value != 0xF7
        case 0x300...0x36F, 0x370...0x52F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    /// Whether the character that ends just before byte `index` is a word character
    /// (`false` at the start of the text).
    static func endsWord(before index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        let last = text[index - 1]
        if last < 0x80 { return isASCIIWord(last) }
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return isWord(scalar: decode(at: start, in: text).value)
    }

    /// Whether the character at byte `index` (not at the end) is a word character, and its
    /// length in bytes.
    static func character(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (isWord: Bool, length: Int) {
        let first = text[index]
        if first < 0x80 { return (isASCIIWord(first), 1) }
        let (value, length) = decode(at: index, in: text)
        return (isWord(scalar: value), length)
    }

    /// Whether the character that starts at byte `index` is a word character
    /// (`false` at the end of the text).
    static func startsWord(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        index < text.count && character(at: index, in: text).isWord
    }

    /// The scalar value encoded at `index` and its length; a malformed byte decodes to
    /// U+FFFD (not a word character) of length 1.
    private static func decode(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(text[index])
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF:
            length = 2
            value = lead & 0x1F
        case 0xE0...0xEF:
            length = 3
            value = lead & 0x0F
        case 0xF0...0xF7:
            length = 4
            value = lead & 0x07
        default: return (0xFFFD, 1)
        }
        guard index + length <= text.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
