/// Facts about one line for the debris rules. The word count and a few kinds of byte are
/// taken up front, eight bytes at a time; the other facts are read when a rule asks, and the
/// rules ask for them only after the cheap facts have let the line through, so most lines of
/// prose are read about once.
struct LineFeatures {
    /// The line's bytes: they point into the text being cleaned and are valid while it is.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The runs of bytes other than a space.
    let wordCount: Int
    let hasNonASCII: Bool
    /// Holds `|`, `>`, `<`, `~` or a non-ASCII byte: a line without one holds none of
    /// `DebrisRules.menuSeparators`.
    let mayHoldMenuSeparator: Bool
    /// The bits of the lists of `DebrisRules.prefixLeads` the line may start with.
    let prefixLists: UInt8

    /// The bytes the rules that read words and prefixes look at: the line's first
    /// `windowLimit` bytes (no rule reads further into a long line). Rules match it ignoring
    /// the case of ASCII letters.
    var window: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes.prefix(Self.windowLimit)) }
    private static let windowLimit = 400

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let scan = Self.scan(bytes)
        wordCount = scan.words
        hasNonASCII = scan.nonASCII
        mayHoldMenuSeparator = scan.nonASCII || scan.bar
        prefixLists = DebrisRules.prefixLeads.lists(startingAt: bytes)
    }

    /// The features of a normalised line (its words separated by single spaces), taken from
    /// what the normaliser counted while writing it instead of read again.
    init(normalized bytes: UnsafeBufferPointer<UInt8>, tally: LineTally) {
        self.bytes = bytes
        wordCount = bytes.isEmpty ? 0 : tally.spaces + 1
        hasNonASCII = tally.hasNonASCII
        mayHoldMenuSeparator = tally.hasNonASCII || tally.hasBar
        prefixLists = DebrisRules.prefixLeads.lists(startingAt: bytes)
    }

    var hasDigit: Bool { bytes.contains(where: ByteClass.isDigit) }
    var hasASCIILetter: Bool { bytes.contains(where: ByteClass.isLetter) }
    var hasLowercase: Bool { bytes.contains(where: ByteClass.isLower) }
    /// Holds the lead byte of a three- or four-byte character (most non-Latin scripts).
    var hasLongCharacter: Bool { bytes.contains { $0 >= 0xE0 } }
    /// Holds nothing but digits and spaces.
    var isDigitsAndSpaces: Bool { bytes.allSatisfy { ByteClass.isDigit($0) || $0 == 0x20 } }

    /// The runs of bytes other than a space in `bytes`.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int { scan(bytes).words }

    /// The words of `bytes`, whether it holds a non-ASCII byte, and whether it holds one of
    /// `|`, `>`, `<` and `~` (the bytes that are `~` once the bits of `|` and `>` that differ
    /// are set: one test for the two separators). Eight bytes are taken at once, each a lane
    /// of one 64-bit word: a word starts in each lane that is not a space and follows one
    /// (lane 0 follows the last lane of the eight before, or the start of the line). A line of
    /// eight bytes or more ends with its last eight, of which only the lanes not read before
    /// start words.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: Int, nonASCII: Bool, bar: Bool) {
        guard let base = bytes.baseAddress else { return (0, false, false) }
        let count = bytes.count
        var words = 0
        var spaceBefore: UInt64 = 0x80
        var (high, bars): (UInt64, UInt64) = (0, 0)
        var i = 0
        while i &+ 8 <= count {
            let lanes = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let spaces = lanesEqual(lanes, 0x20)
            let starts = ~spaces & ((spaces << 8) | spaceBefore) & highs
            words &+= laneCount(starts)
            spaceBefore = spaces >> 56
            high |= lanes
            bars |= barLanes(lanes)
            i &+= 8
        }
        if i < count, i >= 8 {
            // The last `count - i` bytes are the top lanes of the last eight; the lanes below
            // were read above (facts taken twice are the same), and each new lane follows one
            // in this word.
            let lanes = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
            let spaces = lanesEqual(lanes, 0x20)
            words &+= laneCount(~spaces & (spaces << 8) & (highs << (8 * (8 - (count - i)))))
            high |= lanes
            bars |= barLanes(lanes)
            i = count
        }
        var previousBlank = spaceBefore != 0
        while i < count {
            let b = bytes[i]
            let blank = b == 0x20
            if previousBlank && !blank { words += 1 }
            previousBlank = blank
            high |= UInt64(b)
            bars |= barLanes(UInt64(b))
            i += 1
        }
        return (words, high & highs != 0, bars & highs != 0)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The number of lanes of `lanes` with bit 7 set (and no other bit): shifted to bit 0, the
    /// multiplication sums the lanes into the top one.
    @inline(__always)
    private static func laneCount(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: ((lanes >> 7) &* ones) >> 56)
    }

    /// Bit 7 set in the lanes of `lanes` that hold `|`, `>`, `<` or `~` (other bits may be set).
    @inline(__always)
    private static func barLanes(_ lanes: UInt64) -> UInt64 {
        ~((((lanes & lows) | (ones &* 0x42)) ^ (ones &* 0x7E)) &+ lows | lanes)
    }

    /// Bit 7 set in exactly the lanes of `lanes` that equal `byte`.
    @inline(__always)
    private static func lanesEqual(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        let other = lanes ^ (ones &* UInt64(byte))
        return ~(((other & lows) &+ lows) | other) & highs
    }

    /// Whether the line starts with `prefix` (lower-case UTF-8), in any letter case.
    func starts(with prefix: [UInt8]) -> Bool { BytePatterns.matches(prefix, in: window, at: 0) }

    /// The patterns of `list` the line starts with, in list order.
    func prefixes(in list: BytePatterns) -> [[UInt8]] { list.all(in: window, at: 0) }

    /// Whether the line starts with one of the patterns of `list`.
    func starts(withAnyOf list: BytePatterns) -> Bool { list.first(in: window, at: 0) != nil }

    /// Whether the line may start with a pattern of the list of `DebrisRules.prefixLeads`
    /// with bit `list` (when not, it starts with none).
    func mayStart(with list: UInt8) -> Bool { prefixLists & list != 0 }

    /// The last byte that is not a closing quote or bracket.
    var lastSignificant: UInt8? { Self.lastSignificant(of: bytes) }

    private static func lastSignificant(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
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

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// ``isBodyLike`` of `bytes`: the words are counted only until there are enough.
    static func isBodyLike(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needed = endsSentence(bytes) ? 8 : bodyWords
        var words = 0
        var previousBlank = true
        for b in bytes {
            let blank = b == 0x20
            if previousBlank && !blank {
                words += 1
                if words >= needed { return true }
            }
            previousBlank = blank
        }
        return false
    }

    /// Short and unpunctuated at the end, like a headline or a link in a list.
    var isHeadlineLike: Bool {
        guard bytes.count <= 160, (2...18).contains(wordCount), let last = lastSignificant else { return false }
        return
            !(last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ","))
    }
}
