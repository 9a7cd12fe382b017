/// Whether two runs of bytes are the same, compared eight bytes at a time: the gazetteer tells
/// a phrase written as in its table from one written otherwise for every match it finds.
enum SameBytes {
    /// Whether the `count` bytes at `first` equal the `count` bytes at `second`. From eight
    /// bytes on, the last eight are compared overlapping the ones before.
    @inline(__always)
    static func equal(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
        guard count >= 8 else {
            for offset in 0..<count
            where first.load(fromByteOffset: offset, as: UInt8.self)
                != second.load(fromByteOffset: offset, as: UInt8.self)
            {
                return false
            }
            return true
        }
        var offset = 0
        while offset + 8 <= count {
            guard chunk(first, offset) == chunk(second, offset) else { return false }
            offset += 8
        }
        return offset == count || chunk(first, count - 8) == chunk(second, count - 8)
    }

    @inline(__always)
    private static func chunk(_ bytes: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }
}
