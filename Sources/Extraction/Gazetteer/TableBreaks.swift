/// Finds the tabs and line feeds of a generated table eight bytes at a time: the city tables are
/// megabytes long and indexed at every start-up.
enum TableBreaks {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first line feed at or after `start`, or `bytes.count`.
    static func lineFeed(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        first(from: start, in: bytes, marks: lineFeeds, passes: { $0 == UInt8(ascii: "\n") })
    }

    /// The offset of the first tab or line feed (the only bytes below 0x0B in a table) at or
    /// after `start`, or `bytes.count`.
    static func fieldEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        first(from: start, in: bytes, marks: breaks, passes: { $0 < 0x0B })
    }

    /// 0x80 in each byte of `word` that is a line feed (exact for the lowest, see `first`).
    @inline(__always)
    private static func lineFeeds(_ word: UInt64) -> UInt64 {
        // A byte of `marked` is 0 where `word` has a line feed.
        let marked = word ^ ones &* UInt64(UInt8(ascii: "\n"))
        return (marked &- ones) & ~marked & highBits
    }

    /// 0x80 in each byte of `word` below 0x0B (exact for the lowest, see `first`).
    @inline(__always)
    private static func breaks(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x0B) & ~word & highBits
    }

    /// The first offset from `start` whose byte `passes`, with `marks` giving 0x80 in each
    /// byte of eight packed little-endian that passes it (exact for the lowest such byte: a
    /// borrow runs only upwards from a byte that passes).
    @inline(__always)
    private static func first(
        from start: Int, in bytes: UnsafeBufferPointer<UInt8>, marks: (UInt64) -> UInt64, passes: (UInt8) -> Bool
    ) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index &+ 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let found = marks(word)
                if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < bytes.count && !passes(bytes[index]) { index += 1 }
        return index
    }
}
