/// Distinct phrases packed in one byte buffer, numbered in the order they were first added, and
/// found again by their bytes through an open-addressing hash table.
///
/// A dictionary keyed by `String` would hash and compare tens of thousands of city names by
/// Unicode rules at every start-up; this one hashes the UTF-8 bytes (64-bit FNV-1a) and
/// compares them with `memcmp`-like loops.
struct PhraseIndex {
    /// Phrase `p` is `bytes[starts[p]..<starts[p + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Each slot holds a phrase number plus one, or 0 when empty; the count is a power of two.
    private var slots: [Int32]

    /// An empty index with room for about `capacity` phrases before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        bytes.reserveCapacity(capacity * 12)
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
    }

    /// The number of phrases.
    var count: Int { hashes.count }

    /// The number of `phrase`, adding it first when it is new (`isNew`).
    mutating func insert(_ phrase: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(phrase)
        let slot = find(phrase, hash: hash)
        if slots[slot] != 0 { return (Int(slots[slot]) - 1, false) }
        let number = hashes.count
        bytes.append(contentsOf: phrase)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// The number of `phrase`, or `nil` when it was never added.
    func number(of phrase: UnsafeBufferPointer<UInt8>) -> Int? {
        let slot = find(phrase, hash: Self.hash(phrase))
        return slots[slot] == 0 ? nil : Int(slots[slot]) - 1
    }

    /// The slot holding `phrase`, or the empty slot where it belongs.
    private func find(_ phrase: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if hashes[number] == hash && equals(number, phrase) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private func equals(_ number: Int, _ phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[number])
        guard Int(starts[number + 1]) - start == phrase.count else { return false }
        for offset in 0..<phrase.count where bytes[start + offset] != phrase[offset] { return false }
        return true
    }

    /// Doubles the table and files every phrase again by its stored hash.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// 64-bit FNV-1a of the bytes.
    private static func hash(_ phrase: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in phrase { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
