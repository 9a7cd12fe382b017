/// One word or punctuation mark of the text, as byte offsets and a case-folded hash.
///
/// Cue tables compare `key`s, never strings, so matching a cue costs one integer compare.
/// The offsets are kept in 32 bits each, so that a token takes 32 bytes.
struct Token: Sendable, Hashable {
    private var start: Int32
    private var end: Int32
    /// FNV-1a hash of the token's bytes with ASCII letters lower-cased.
    var key: UInt64
    /// The bits (`CueClass.bit`) of the cue tables with a phrase that starts with this token.
    var cues: UInt64
    /// Whether the first byte is an ASCII capital letter or a digit (names and numbers).
    var isCapitalized: Bool
    /// Whether the token is a word (letters or digits) rather than a punctuation mark.
    var isWord: Bool

    /// UTF-8 byte offsets into the text.
    var range: Range<Int> { Range(uncheckedBounds: (Int(start), Int(end))) }

    init(range: Range<Int>, key: UInt64, isCapitalized: Bool, isWord: Bool, cues: UInt64) {
        start = Int32(truncatingIfNeeded: range.lowerBound)
        end = Int32(truncatingIfNeeded: range.upperBound)
        self.key = key
        self.cues = cues
        self.isCapitalized = isCapitalized
        self.isWord = isWord
    }
}

/// Splits UTF-8 text into word and punctuation tokens in one pass over the bytes.
///
/// Spaces and no-break spaces separate tokens; every other ASCII byte that is not a letter or
/// a digit is a mark of its own, and so are U+2010-U+2026 (dashes, curly quotes); all other
/// bytes, UTF-8 letters included, make up words.
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

    /// The tokens of `text`, each with the cue classes of `CueIndex.shared`.
    static func tokens(of text: [UInt8]) -> [Token] {
        tokens(of: text, cues: .shared)
    }

    /// The keys of a cue phrase's tokens, for building cue tables (which `CueIndex.shared` is
    /// built from).
    static func keys(of phrase: String) -> [UInt64] {
        tokens(of: Array(phrase.utf8), cues: .empty).map(\.key)
    }

    private static func tokens(of text: [UInt8], cues: CueIndex) -> [Token] {
        precondition(text.count < Int(Int32.max), "Tokenizer: a text of 2 GB or more")
        // A word runs to the next space or mark; when the text ends inside one, a space is
        // added so that the word loop needs no bound check.
        guard let last = text.last, classes[Int(last)] & 0xFF > mark else {
            return text.withUnsafeBufferPointer { tokens(of: $0, count: text.count, cues: cues) }
        }
        return (text + [0x20]).withUnsafeBufferPointer { tokens(of: $0, count: text.count, cues: cues) }
    }

    /// The tokens of the first `count` bytes of `text`, which holds a space or an ASCII mark at
    /// `count - 1` or at `count`.
    private static func tokens(of text: UnsafeBufferPointer<UInt8>, count: Int, cues: CueIndex) -> [Token] {
        // Every token takes a byte at least, so the text's length bounds the count: the tokens
        // are written straight into memory of that size, then the array is trimmed to them.
        let found = [Token](unsafeUninitializedCapacity: count) { buffer, written in
            classes.withUnsafeBufferPointer {
                written = tokens(of: text, count: count, into: buffer, classes: $0, cues: cues)
            }
        }
        // A long text leaves much of that memory unused: keep an array no larger than its tokens.
        return found.capacity - found.count > Self.unusedLimit ? Array(found) : found
    }

    /// Tokens' worth of unused memory (1 MB) kept rather than copying the tokens to a smaller array.
    private static let unusedLimit = 1 << 15

    /// Writes the tokens of the first `count` bytes of `text` into `out` (room for one a byte)
    /// and returns how many.
    private static func tokens(
        of text: UnsafeBufferPointer<UInt8>, count: Int, into out: UnsafeMutableBufferPointer<Token>,
        classes: UnsafeBufferPointer<UInt16>, cues: CueIndex
    ) -> Int {
        guard let base = out.baseAddress else { return 0 }
        var next = base
        var index = 0
        while index < count {
            let byte = text[index]
            let first = classes[Int(byte)]
            let kind = UInt8(truncatingIfNeeded: first)
            if kind == space {
                index += 1
                continue
            }
            if kind == mark {
                let key = markKey(byte)
                next.initialize(
                    to: Token(
                        range: index..<index + 1, key: key, isCapitalized: false, isWord: false, cues: cues.of(key)))
                next += 1
                index += 1
                continue
            }
            if kind == maybeSeparator, let width = separatorWidth(text, at: index) {
                if width == 3 {
                    let key = markKey(wideMark: text[index + 2])
                    next.initialize(
                        to: Token(
                            range: index..<index + 3, key: key, isCapitalized: false, isWord: false,
                            cues: cues.of(key)))
                    next += 1
                }
                index += width
                continue
            }
            // The text does not end inside a word, so a space or a mark ends every word.
            let start = index
            var hash = fnvOffset
            while true {
                let byte = text[index]
                var value = UInt8(truncatingIfNeeded: classes[Int(byte)])
                if value <= maybeSeparator {
                    if value != maybeSeparator || separatorWidth(text, at: index) != nil { break }
                    value = byte
                }
                hash = (hash ^ UInt64(value)) &* fnvPrime
                index &+= 1
            }
            next.initialize(
                to: Token(
                    range: start..<index, key: hash, isCapitalized: first > 0xFF, isWord: true, cues: cues.of(hash)))
            next += 1
            // Most words end at a space, which makes no token: step over it at once. (A byte is
            // there to read: the one that ended the word.)
            if text[index] == 0x20 { index &+= 1 }
        }
        return next - base
    }

    /// For each byte, in the low byte: what it adds to a word's key (itself, lower-cased for an
    /// ASCII letter), or `space`, `mark`, or `maybeSeparator` for a byte that may open a
    /// no-break space or a wide mark (and is a word byte otherwise). Bit 8 is set for bytes that
    /// make a word capitalised: ASCII capitals, digits and UTF-8 leads from U+00C0 on.
    private static let classes: [UInt16] = (0...255).map { value in
        let byte = UInt8(value)
        let capital: UInt16 =
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0xC3 ? 0x100 : 0
        if byte == 0xC2 || byte == 0xE2 { return UInt16(maybeSeparator) | capital }
        if isSpace(byte) { return UInt16(space) }
        if byte < 0x80, !isAlphanumeric(byte) { return UInt16(mark) }
        return UInt16(lower(byte)) | capital
    }
    private static let space: UInt8 = 0
    private static let mark: UInt8 = 1
    private static let maybeSeparator: UInt8 = 2

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Digits and ASCII letters (`byte` < 0x80), looked up as a bit of a 128-bit mask.
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000  // 0x30-0x39
        let letters: UInt64 = 0x07FF_FFFE_07FF_FFFE  // 0x41-0x5A, 0x61-0x7A
        return ((byte < 0x40 ? digits : letters) >> UInt64(byte & 0x3F)) & 1 == 1
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
    }

    /// The width of what separates words at `index` when it is not ASCII: 2 for a no-break
    /// space, 3 for a mark of U+2010-U+2026, `nil` for a byte of a word.
    @inline(__always) static func separatorWidth(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch text[index] {
        case 0xC2:
            return index + 1 < text.count && text[index + 1] == 0xA0 ? 2 : nil
        case 0xE2:
            guard index + 2 < text.count, text[index + 1] == 0x80, (0x90...0xA6).contains(text[index + 2]) else {
                return nil
            }
            return 3
        default:
            return nil
        }
    }

    @inline(__always) static func markKey(_ byte: UInt8) -> UInt64 {
        (fnvOffset ^ UInt64(byte)) &* fnvPrime
    }

    /// Curly apostrophes and quotes hash like their ASCII forms; dashes like `-`.
    static func markKey(wideMark last: UInt8) -> UInt64 {
        switch last {
        case 0x98, 0x99: return markKey(0x27)
        case 0x9C, 0x9D: return markKey(0x22)
        default: return markKey(0x2D)
        }
    }
}
