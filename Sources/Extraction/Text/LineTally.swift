/// What the line normaliser counts in a line as it writes it, so the debris rules need not
/// read the line again for it: its spaces (a normalised line is its words separated by
/// single spaces, so it has one word more), whether it holds a non-ASCII byte, and whether
/// it holds one of `|`, `>`, `<` and `~`.
struct LineTally {
    private(set) var spaces = 0
    private(set) var hasNonASCII = false
    /// Bit 7 clear in some lane once a byte counted was `|`, `>`, `<` or `~`.
    private var barFreeLanes = Self.highs

    /// Holds `|`, `>`, `<` or `~`.
    var hasBar: Bool { barFreeLanes & Self.highs != Self.highs }

    /// Counts one space written between two words.
    mutating func addSpace() { spaces &+= 1 }

    /// Counts one byte of a word (a space when it is one).
    mutating func add(_ byte: UInt8) {
        if byte == 0x20 { spaces &+= 1 }
        if byte >= 0x80 { hasNonASCII = true }
        if byte == 0x7C || byte == 0x3E || byte == 0x3C || byte == 0x7E { barFreeLanes = 0 }
    }

    /// Counts eight ASCII bytes, each a lane of `lanes`; `spaces` has bit 7 set in exactly
    /// the lanes that are a space.
    @inline(__always)
    mutating func add(asciiLanes lanes: UInt64, spaces spaceLanes: UInt64) {
        // Shifted to bit 0, the multiplication sums the lanes into the top one.
        spaces &+= Int(truncatingIfNeeded: ((spaceLanes >> 7) &* Self.ones) >> 56)
        // A lane is one of the four once the bits of `|` and `>` that differ from `~` are set,
        // and only then is it 0 after the XOR: adding 0x7F leaves its bit 7 clear.
        barFreeLanes &= ((lanes | (Self.ones &* 0x42)) ^ (Self.ones &* 0x7E)) &+ Self.lows
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
}
