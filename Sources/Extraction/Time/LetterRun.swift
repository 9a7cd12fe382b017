/// The first 16 letters of a word, folded to lower case and packed one byte a letter (the
/// first letter in the lowest byte of `low`), the rest zero: the key `TimeLexicon` looks
/// words up by. No word has the empty key.
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The most letters a key holds.
    static let capacity = 16

    /// The empty key.
    init() {}

    /// The key of an ASCII word of at most `capacity` letters.
    init(_ word: some Sequence<UInt8>) {
        for (index, letter) in word.enumerated() { add(letter, at: index) }
    }

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Puts `letter`, folded, at position `index` (below `capacity`).
    mutating func add(_ letter: UInt8, at index: Int) {
        let byte = UInt64(letter | 0x20)
        if index < 8 { low |= byte << (8 * index) } else { high |= byte << (8 * (index - 8)) }
    }

    /// Where the key falls in a table of `1 << (64 - shift)` slots: a multiplicative
    /// (Fibonacci) hash of both halves, the second shifted so that its letters do not line
    /// up with the first's.
    @inline(__always) func slot(shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low ^ high &<< 3) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }
}

/// Finds the run of ASCII letters at a position of a text and its `WordKey`, eight bytes at
/// a time where the text has sixteen bytes to spare: a word costs a few operations on two
/// `UInt64`s, not a step for each letter.
enum LetterRun {
    /// The end of the run of ASCII letters starting at `start` (a letter), with its key; a run
    /// longer than `WordKey.capacity` has the empty key, which no word has.
    @inline(__always) static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
        end: Int, key: WordKey
    ) {
        // With sixteen bytes to spare the text is not empty, so it has a base address.
        guard start <= bytes.count &- 16 else { return slowScan(bytes, from: start) }
        // From here on every offset lies between `start` and `bytes.count`, so the sums and
        // differences below cannot overflow and need no check.
        let raw = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + start)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let lowLetters = leadingLetters(low)
        if lowLetters < 8 { return (start &+ lowLetters, WordKey(low: folded(low, keeping: lowLetters), high: 0)) }
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let highLetters = leadingLetters(high)
        let key = WordKey(low: folded(low, keeping: 8), high: folded(high, keeping: highLetters))
        guard highLetters == 8 else { return (start &+ 8 &+ highLetters, key) }
        var end = start &+ 16
        while end < bytes.count, TimeTokenizer.isLetter(bytes[end]) { end &+= 1 }
        return (end, end &- start > WordKey.capacity ? WordKey() : key)
    }

    /// The same, a byte at a time, near the end of the text.
    private static func slowScan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, key: WordKey) {
        var key = WordKey()
        var end = start
        while end < bytes.count, TimeTokenizer.isLetter(bytes[end]) {
            if end - start < WordKey.capacity { key.add(bytes[end], at: end - start) }
            end += 1
        }
        return (end, end - start > WordKey.capacity ? WordKey() : key)
    }

    /// How many of the eight bytes of `chunk`, lowest first, are ASCII letters before the
    /// first that is not. A byte is a letter when it is ASCII and, with its 0x20 bit set
    /// (which folds capitals), lies in 0x61...0x7A: each test below sets the high bit of a
    /// byte. A sum may carry into the next byte only out of a byte that is not a letter, and
    /// the bytes past the first of those do not count.
    @inline(__always) static func leadingLetters(_ chunk: UInt64) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let folded = chunk | 0x2020_2020_2020_2020
        let fromA = folded &+ 0x1F1F_1F1F_1F1F_1F1F  // 0x80 - 0x61
        let pastZ = folded &+ 0x0505_0505_0505_0505  // 0x80 - 0x7B
        let letters = fromA & ~pastZ & ~chunk & highBits
        return (~letters & highBits).trailingZeroBitCount / 8
    }

    /// The first `count` bytes of `chunk` (letters), folded to lower case; the rest zero.
    @inline(__always) private static func folded(_ chunk: UInt64, keeping count: Int) -> UInt64 {
        let kept: UInt64 = count == 8 ? ~0 : (1 &<< UInt64(8 * count)) &- 1
        return (chunk | 0x2020_2020_2020_2020) & kept
    }
}
