/// One word, number or punctuation mark of the text, by UTF-8 byte offsets.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, mark }

    // Stored narrowly (32 bytes with the word's facts): a text has about one token per five
    // bytes, and they all stay in memory.
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedValue: Int32
    private var storedDigits: UInt8 = 0

    var kind: Kind
    /// Whitespace separates this token from the one before.
    var spaced = true
    /// A line break separates this token from the one before.
    var newline = false
    /// A word whose first letter is a capital.
    var capitalized = false
    /// A number glued to letters or other digits (`1990s`, `10:30`, `1,200`, `COVID-19`'s `19`).
    var isCompound = false
    /// A number with an ordinal suffix (`23rd`).
    var isOrdinal = false
    /// A lower-case word of four letters or more ending in "-ed" that is not a known adjective
    /// or tense cue: most likely a past tense or participle.
    var isPastForm = false

    init(kind: Kind, start: Int, end: Int, value: Int = 0, digits: Int = 0) {
        self.kind = kind
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedValue = Int32(truncatingIfNeeded: value)
        storedDigits = UInt8(truncatingIfNeeded: min(digits, 255))
    }

    /// A word token, built in one piece: the tokenizer's hottest path stores it straight
    /// into the array.
    init(
        wordFrom start: Int, to end: Int, entry: TimeWord?, spaced: Bool, newline: Bool, capitalized: Bool,
        isPastForm: Bool
    ) {
        kind = .word
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedValue = 0
        word = entry
        self.spaced = spaced
        self.newline = newline
        self.capitalized = capitalized
        self.isPastForm = isPastForm
    }

    /// UTF-8 byte offsets of the token.
    var start: Int { Int(storedStart) }
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(truncatingIfNeeded: newValue) }
    }
    /// A number's value; for a mark, its ASCII byte (`-` for every dash, `'` for curly single
    /// quotes, 0 for other non-ASCII).
    var value: Int { Int(storedValue) }
    /// A number's digit count.
    var digits: Int { Int(storedDigits) }
    /// A word's lexicon entry; `nil` for a word the lexicon does not know.
    var word: TimeWord?

    var keyword: TimeKeyword? { word?.keyword }
    var month: Int { word?.month ?? 0 }
    var weekday: Int { word?.weekday ?? 0 }
    func isMark(_ byte: UInt8) -> Bool { kind == .mark && storedValue == Int32(byte) }
    var isDash: Bool { isMark(UInt8(ascii: "-")) }
}

/// Splits UTF-8 text into `TimeToken`s in one pass over the bytes.
enum TimeTokenizer {
    static func tokens(of text: String) -> [TimeToken] {
        var copy = text
        return copy.withUTF8 { tokens(of: $0) }
    }

    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 4 + 16)
        let lexicon = TimeLexicon.shared
        var index = 0
        var spaced = true
        var newline = false
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                spaced = true
                index += 1
                continue
            }
            if byte == 0x0A {
                spaced = true
                newline = true
                index += 1
                continue
            }
            if isLetter(byte) {
                var end = index + 1
                var key = TimeLexicon.key(adding: byte, to: 0)
                while end < count, isLetter(bytes[end]) {
                    key = TimeLexicon.key(adding: bytes[end], to: key)
                    end += 1
                }
                let word = lexicon.word(key: key, length: end - index)
                let capitalized = byte < 0x61
                let isPastForm =
                    !capitalized && end - index >= 4 && bytes[end - 2] == 0x65
                    && bytes[end - 1] == 0x64 && word?.isPlainAdjective != true && word?.tenseCue == nil
                tokens.append(
                    TimeToken(
                        wordFrom: index, to: end, entry: word, spaced: spaced, newline: newline,
                        capitalized: capitalized, isPastForm: isPastForm))
                index = end
                spaced = false
                newline = false
                continue
            }
            var token: TimeToken
            if isDigit(byte) {
                token = number(in: bytes, at: index)
                index = token.end
            } else if byte < 0x80 {
                token = TimeToken(kind: .mark, start: index, end: index + 1, value: Int(byte))
                index += 1
            } else {
                var end = index + 1
                while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if byte == 0xC2, end == index + 2, bytes[index + 1] == 0xA0 {  // no-break space
                    spaced = true
                    index = end
                    continue
                }
                let punctuation = byte == 0xE2 && end == index + 3 && bytes[index + 1] == 0x80
                let isDash = punctuation && (0x90...0x95).contains(bytes[index + 2])
                let isApostrophe = punctuation && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99)
                token = TimeToken(
                    kind: .mark, start: index, end: end, value: isDash ? 0x2D : isApostrophe ? 0x27 : 0)
                index = end
            }
            token.spaced = spaced
            token.newline = newline
            if token.kind == .number, !spaced, let previous = tokens.last,
                previous.kind == .word || (previous.isDash && !previous.spaced && isName(before: tokens))
            {
                token.isCompound = true
            }
            tokens.append(token)
            spaced = false
            newline = false
        }
        return tokens
    }

    /// Whether the dash that ends `tokens` follows a name (`COVID-`), not a date word (`mid-`).
    private static func isName(before tokens: [TimeToken]) -> Bool {
        guard tokens.count > 1 else { return false }
        let word = tokens[tokens.count - 2]
        return word.kind == .word && word.keyword == nil && word.month == 0
    }

    /// A run of digits, with what is glued to it: `10:30`, `1,200` and `3.5` are compound;
    /// `23rd` is ordinal; `10am` is compound; `1990s` is a compound number followed by the
    /// word `s`, as in `1990's`.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> TimeToken {
        let count = bytes.count
        var end = start
        var value = 0
        while end < count, isDigit(bytes[end]) {
            if end - start < 9 { value = value * 10 + Int(bytes[end] - 0x30) }
            end += 1
        }
        var token = TimeToken(kind: .number, start: start, end: end, value: value, digits: end - start)
        while end + 1 < count, bytes[end] == 0x3A || bytes[end] == 0x2C || bytes[end] == 0x2E,
            isDigit(bytes[end + 1])
        {
            token.isCompound = true
            end += 1
            while end < count, isDigit(bytes[end]) { end += 1 }
        }
        if end < count, isLetter(bytes[end]) {
            var letterEnd = end
            while letterEnd < count, isLetter(bytes[letterEnd]) { letterEnd += 1 }
            if letterEnd - end == 2, isOrdinalSuffix(bytes[end] | 0x20, bytes[end + 1] | 0x20) {
                token.isOrdinal = true
            } else if letterEnd - end == 1, bytes[end] | 0x20 == 0x73 {
                token.isCompound = true
                token.end = end
                return token
            } else {
                token.isCompound = true
            }
            end = letterEnd
        }
        token.end = end
        return token
    }

    private static func isOrdinalSuffix(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): true  // st nd rd th
        default: false
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
