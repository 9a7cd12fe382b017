/// One word, number or punctuation mark of the text, by UTF-8 byte offsets.
///
/// Stored in 16 bytes: a text has about one token per five bytes, and they all stay in
/// memory while the scanners read them.
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, mark }

    /// What a token's `flags` record: the whitespace before it and facts of its spelling.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let spaced = Flags(rawValue: 1)
        static let newline = Flags(rawValue: 2)
        static let capitalized = Flags(rawValue: 4)
        static let compound = Flags(rawValue: 8)
        static let ordinal = Flags(rawValue: 16)
        static let pastForm = Flags(rawValue: 32)
    }

    private var storedStart: Int32
    private var storedEnd: Int32
    /// A number's value, a mark's byte, or a word's packed facts (`TimeWord.facts`, 0 for a
    /// word the lexicon does not know).
    private var payload: UInt32
    /// A word's keyword.
    private(set) var keyword: TimeKeyword?
    private var storedDigits: UInt8
    var kind: Kind
    private var flags: Flags = .spaced

    init(kind: Kind, start: Int, end: Int, value: Int = 0, digits: Int = 0) {
        self.kind = kind
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        payload = UInt32(truncatingIfNeeded: value)
        storedDigits = UInt8(truncatingIfNeeded: min(digits, 255))
    }

    /// A word token with its lexicon entry (`TimeWord.unknown` for an unknown word).
    init(wordFrom start: Int, to end: Int, entry: TimeWord, flags: Flags) {
        kind = .word
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        payload = entry.facts
        keyword = entry.keyword
        storedDigits = 0
        self.flags = flags
    }

    /// A one-byte ASCII mark, with the whitespace before it.
    init(markAt start: Int, byte: UInt8, flags: Flags) {
        kind = .mark
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: start + 1)
        payload = UInt32(byte)
        keyword = nil
        storedDigits = 0
        self.flags = flags
    }

    /// UTF-8 byte offsets of the token.
    var start: Int { Int(storedStart) }
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(truncatingIfNeeded: newValue) }
    }
    /// A number's value; for a mark, its ASCII byte (`-` for every dash, `'` for curly single
    /// quotes, 0 for other non-ASCII); 0 for a word.
    var value: Int { kind == .word ? 0 : Int(Int32(bitPattern: payload)) }
    /// A number's digit count.
    var digits: Int { Int(storedDigits) }
    /// A word's lexicon entry; `nil` for a word the lexicon does not know.
    var word: TimeWord? { kind == .word && payload != 0 ? TimeWord(keyword: keyword, facts: payload) : nil }

    /// Whitespace separates this token from the one before.
    var spaced: Bool {
        get { flags.contains(.spaced) }
        set { set(.spaced, newValue) }
    }
    /// A line break separates this token from the one before.
    var newline: Bool {
        get { flags.contains(.newline) }
        set { set(.newline, newValue) }
    }
    /// A word whose first letter is a capital.
    var capitalized: Bool { flags.contains(.capitalized) }
    /// A number glued to letters or other digits (`1990s`, `10:30`, `1,200`, `COVID-19`'s `19`).
    var isCompound: Bool {
        get { flags.contains(.compound) }
        set { set(.compound, newValue) }
    }
    /// A number with an ordinal suffix (`23rd`).
    var isOrdinal: Bool {
        get { flags.contains(.ordinal) }
        set { set(.ordinal, newValue) }
    }
    /// A lower-case word of four letters or more ending in "-ed" that is not a known adjective
    /// or tense cue: most likely a past tense or participle.
    var isPastForm: Bool { flags.contains(.pastForm) }

    var month: Int { word?.month ?? 0 }
    var weekday: Int { word?.weekday ?? 0 }
    func isMark(_ byte: UInt8) -> Bool { kind == .mark && payload == UInt32(byte) }
    var isDash: Bool { isMark(UInt8(ascii: "-")) }

    private mutating func set(_ flag: Flags, _ value: Bool) {
        if value { flags.insert(flag) } else { flags.remove(flag) }
    }
}

/// The tokens of a text, with the tokens where a date or a length may start, in buffers that
/// live only while `TimeTokenizer.withTokens` runs its body.
struct TimeTokens {
    var tokens: UnsafeBufferPointer<TimeToken>
    /// The indices, in order, of every number and of every word whose entry `mayStart`: the
    /// date scanner tries no other token, and most words of a text are not among them.
    var starts: UnsafeBufferPointer<Int>
    /// The indices, in order, of the tokens where `DurationScanner` accepts a length's start:
    /// "weeklong", and a count before a unit or before a dash and a unit ("two days", "3-day").
    var lengthStarts: [Int]
}

/// Splits UTF-8 text into `TimeToken`s in one pass over the bytes.
enum TimeTokenizer {
    static func tokens(of text: String) -> [TimeToken] {
        withTokens(of: text) { Array($0.tokens) }
    }

    /// The tokens of `text` and where expressions may start, copied out of their buffers.
    static func scan(_ text: String) -> (tokens: [TimeToken], starts: [Int], lengthStarts: [Int]) {
        withTokens(of: text) { (Array($0.tokens), Array($0.starts), $0.lengthStarts) }
    }

    static func withTokens<Result>(of text: String, _ body: (TimeTokens) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { withTokens(of: $0, body) }
    }

    /// Runs `body` with the tokens of `bytes`, in buffers made for this call and freed after it
    /// (plain memory: an article's buffers cost no array storage to make or release).
    static func withTokens<Result>(of bytes: UnsafeBufferPointer<UInt8>, _ body: (TimeTokens) -> Result) -> Result {
        guard !bytes.isEmpty else {
            return body(
                TimeTokens(
                    tokens: UnsafeBufferPointer(start: nil, count: 0),
                    starts: UnsafeBufferPointer(start: nil, count: 0), lengthStarts: []))
        }
        // Every token takes at least one byte, so a text has at most as many tokens, and as many
        // tokens where an expression may start, as bytes. One block holds room for both (a large
        // block costs the allocator several hundred instructions to make and free): the tokens,
        // then the starts, which the tokens' whole strides leave aligned.
        let tokenBytes = bytes.count * MemoryLayout<TimeToken>.stride
        let block = UnsafeMutableRawPointer.allocate(
            byteCount: tokenBytes + bytes.count * MemoryLayout<Int>.stride,
            alignment: max(MemoryLayout<TimeToken>.alignment, MemoryLayout<Int>.alignment))
        defer { block.deallocate() }
        let tokens = UnsafeMutableBufferPointer(
            start: block.bindMemory(to: TimeToken.self, capacity: bytes.count), count: bytes.count)
        let starts = UnsafeMutableBufferPointer(
            start: (block + tokenBytes).bindMemory(to: Int.self, capacity: bytes.count), count: bytes.count)
        var lengthStarts: [Int] = []
        let (tokenCount, startCount) = TimeLexicon.shared.withReader { lexicon in
            scan(bytes, into: tokens, starts: starts, lengthStarts: &lengthStarts, lexicon: lexicon)
        }
        return body(
            TimeTokens(
                tokens: UnsafeBufferPointer(rebasing: tokens[..<tokenCount]),
                starts: UnsafeBufferPointer(rebasing: starts[..<startCount]), lengthStarts: lengthStarts))
    }

    /// Writes the tokens of `bytes` (not empty) and the indices of those that may start a date
    /// from the front of `tokens` and `starts` (each at least as long as `bytes`), and gives how
    /// many of each it wrote; appends the starts of lengths to `lengthStarts`.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<TimeToken>,
        starts: UnsafeMutableBufferPointer<Int>, lengthStarts: inout [Int], lexicon: TimeLexicon.Reader
    ) -> (tokens: Int, starts: Int) {
        // Where the next token and the next start go: the buffers are as long as `bytes`.
        let firstToken = tokens.baseAddress.unsafelyUnwrapped
        var nextToken = firstToken
        var nextStart = starts.baseAddress.unsafelyUnwrapped
        var index = 0
        // The whitespace seen since the last token: what the next token's flags start from.
        var gap: TimeToken.Flags = .spaced
        while index < bytes.count {
            let byte = bytes[index]
            var token: TimeToken
            if isLetter(byte) {
                let word = word(in: bytes, at: index, lexicon: lexicon, gap: gap)
                token = word.token
                if !word.roles.isDisjoint(with: [.mayStart, .endsLength]) {
                    let count = Self.count(from: firstToken, to: nextToken)
                    if word.roles.contains(.mayStart) {
                        nextStart.initialize(to: count)
                        nextStart += 1
                    }
                    if word.roles.contains(.endsLength),
                        let start = DurationScanner.start(endingWith: token, at: count, in: tokens)
                    {
                        lengthStarts.append(start)
                    }
                }
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                gap.insert(.spaced)
                index &+= 1  // below `bytes.count`, so no overflow
                continue
            } else if byte == 0x0A {
                gap = [.spaced, .newline]
                index &+= 1
                continue
            } else if isDigit(byte) {
                token = number(in: bytes, at: index, after: gap)
                if !token.spaced, nextToken > firstToken,
                    isGlued(after: Self.count(from: firstToken, to: nextToken), in: tokens)
                {
                    token.isCompound = true
                }
                nextStart.initialize(to: Self.count(from: firstToken, to: nextToken))
                nextStart += 1
            } else if byte < 0x80 {
                token = TimeToken(markAt: index, byte: byte, flags: gap)
            } else if let mark = mark(in: bytes, at: index, after: gap) {
                token = mark
            } else {  // a no-break space, whose two bytes `mark` has read
                gap.insert(.spaced)
                index &+= 2
                continue
            }
            nextToken.initialize(to: token)
            nextToken += 1
            index = token.end
            gap = []
            // Most tokens are followed by one space: take it here, not at the top of the loop.
            if index < bytes.count, bytes[index] == 0x20 {
                gap = .spaced
                index &+= 1
            }
        }
        return (Self.count(from: firstToken, to: nextToken), nextStart - starts.baseAddress.unsafelyUnwrapped)
    }

    /// The run of ASCII letters at `start` as a token after `gap`, and the roles of its entry.
    @inline(__always) private static func word(
        in bytes: UnsafeBufferPointer<UInt8>, at start: Int, lexicon: TimeLexicon.Reader, gap: TimeToken.Flags
    ) -> (token: TimeToken, roles: TimeWord.Roles) {
        // The run ends after `start` and inside `bytes`: its length and last offsets need no
        // overflow check.
        let (end, key) = LetterRun.scan(bytes, from: start)
        let word = lexicon.word(key: key)
        var flags = gap
        if bytes[start] < 0x61 {
            flags.insert(.capitalized)
        } else if end &- start >= 4, bytes[end &- 2] == 0x65, bytes[end &- 1] == 0x64, !word.isPlainAdjective,
            word.tenseCue == nil
        {
            flags.insert(.pastForm)
        }
        return (TimeToken(wordFrom: start, to: end, entry: word, flags: flags), word.roles)
    }

    /// How many tokens lie from `first` to `next` (not before it): an unsigned division of their
    /// distance in bytes, with no correction for a negative distance as a signed one needs.
    @inline(__always) private static func count(
        from first: UnsafeMutablePointer<TimeToken>, to next: UnsafeMutablePointer<TimeToken>
    ) -> Int {
        let bytes = UInt(bitPattern: UnsafeRawPointer(next) - UnsafeRawPointer(first))
        return Int(bitPattern: bytes / UInt(MemoryLayout<TimeToken>.stride))
    }

    /// The non-ASCII mark at `start`, one UTF-8 sequence, after `gap`; `nil` for a no-break
    /// space, which is whitespace.
    private static func mark(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, after gap: TimeToken.Flags)
        -> TimeToken?
    {
        let byte = bytes[start]
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        if byte == 0xC2, end == start + 2, bytes[start + 1] == 0xA0 { return nil }
        let punctuation = byte == 0xE2 && end == start + 3 && bytes[start + 1] == 0x80
        let isDash = punctuation && (0x90...0x95).contains(bytes[start + 2])
        let isApostrophe = punctuation && (bytes[start + 2] == 0x98 || bytes[start + 2] == 0x99)
        var token = TimeToken(kind: .mark, start: start, end: end, value: isDash ? 0x2D : isApostrophe ? 0x27 : 0)
        token.spaced = gap.contains(.spaced)
        token.newline = gap.contains(.newline)
        return token
    }

    /// Whether a number glued to the token before it, the last of the first `count` of `tokens`,
    /// is compound: after a word (`COVID19`), or after a dash glued to a name (`COVID-19`), not to
    /// a date word (`mid-2015`).
    private static func isGlued(after count: Int, in tokens: UnsafeMutableBufferPointer<TimeToken>) -> Bool {
        let previous = tokens[count - 1]
        if previous.kind == .word { return true }
        guard previous.isDash, !previous.spaced, count >= 2 else { return false }
        let word = tokens[count - 2]
        return word.kind == .word && word.keyword == nil && word.month == 0
    }

    /// A run of digits after `gap`, with what is glued to it: `10:30`, `1,200` and `3.5` are
    /// compound; `23rd` is ordinal; `10am` is compound; `1990s` is a compound number followed
    /// by the word `s`, as in `1990's`.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, after gap: TimeToken.Flags)
        -> TimeToken
    {
        let count = bytes.count
        var end = start
        var value = 0
        // Offsets stay below `count` and the value below 10^9: no sum here can overflow.
        while end < count, isDigit(bytes[end]) {
            if end &- start < 9 { value = value &* 10 &+ Int(bytes[end] &- 0x30) }
            end &+= 1
        }
        var token = TimeToken(kind: .number, start: start, end: end, value: value, digits: end - start)
        token.spaced = gap.contains(.spaced)
        token.newline = gap.contains(.newline)
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
