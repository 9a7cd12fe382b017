/// The lines of one text seen so far, to tell a line that repeats an earlier one word for
/// word. Each line is hashed once with FNV-1a over its length and first `hashedPrefix` bytes
/// (lines differ early or in length) and compared byte for byte only when the hashes agree;
/// the hashes sit in one open-addressing table sized for all the lines up front, which costs
/// a fraction of a `Set` with its general-purpose hashing.
struct RepeatedLines {
    private let bytes: [UInt8]
    /// A line's hash and where it stands; a hash of 0 marks an empty slot (a line hashing to 0
    /// is stored as 1).
    private struct Slot {
        var fingerprint: UInt64
        var range: Range<Int>
    }
    private var slots: [Slot]
    private let mask: Int

    private static let hashedPrefix = 32

    /// An empty set of lines of `bytes`, with room for `capacity` of them.
    init(_ bytes: [UInt8], capacity: Int) {
        self.bytes = bytes
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Slot](filledWith: Slot(fingerprint: 0, range: 0..<0), count: size)
        mask = size - 1
    }

    /// Adds the line at `range`; `false` when an equal line was added before.
    mutating func insert(_ range: Range<Int>) -> Bool {
        let bytes = self.bytes
        return bytes.withUnsafeBufferPointer { buffer in
            let line = UnsafeBufferPointer(rebasing: buffer[range])
            let fingerprint = Self.hash(of: line)
            var slot = Int(truncatingIfNeeded: fingerprint ^ (fingerprint >> 29)) & mask
            while slots[slot].fingerprint != 0 {
                if slots[slot].fingerprint == fingerprint,
                    UnsafeBufferPointer(rebasing: buffer[slots[slot].range]).elementsEqual(line)
                {
                    return false
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(fingerprint: fingerprint, range: range)
            return true
        }
    }

    /// FNV-1a over the line's length and its first `hashedPrefix` bytes, taken eight at a
    /// time as 64-bit words (and the few left byte by byte).
    private static func hash(of line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = (0xCBF2_9CE4_8422_2325 ^ UInt64(line.count)) &* 0x100_0000_01B3
        let end = min(line.count, hashedPrefix)
        var i = 0
        while i + 8 <= end {
            hash = (hash ^ UnsafeRawPointer(line.baseAddress! + i).loadUnaligned(as: UInt64.self)) &* 0x100_0000_01B3
            i += 8
        }
        while i < end {
            hash = (hash ^ UInt64(line[i])) &* 0x100_0000_01B3
            i += 1
        }
        return hash == 0 ? 1 : hash
    }
}
