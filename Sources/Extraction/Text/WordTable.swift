/// A fixed table of lower-case ASCII words with a value each, looked up by the bytes of a
/// word written in any letter case, without making a `String` or hashing one.
///
///     let months = WordTable(["oct": 10, "october": 10])
///     months.value(for: Array("Oct".utf8))   // 10
///
/// Matching lower-cases ASCII letters only, as `ByteClass.lower` does; other bytes must be
/// equal.
final class WordTable<Value: Sendable>: Sendable {
    private let keys: [[UInt8]]
    private let values: [Value]
    /// Open-addressing slots (linear probing): an index into `keys` plus one, 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    private let longestKey: Int
    /// For each byte value, bit `n` set when a key of `n` bytes (bit 31: of 31 or more)
    /// starts with it in either case: most words are turned away by this one lookup, before
    /// they are hashed.
    private let shapes: [UInt32]

    init(_ entries: [String: Value]) {
        let sorted = entries.sorted { $0.key < $1.key }
        keys = sorted.map { Array($0.key.utf8) }
        values = sorted.map(\.value)
        longestKey = keys.map(\.count).max() ?? 0
        var shapes = [UInt32](repeating: 0, count: 256)
        for key in keys {
            guard let first = key.first else { continue }
            let bit = UInt32(1) << min(key.count, 31)
            shapes[Int(first)] |= bit
            if ByteClass.isLower(first) { shapes[Int(first - 0x20)] |= bit }
        }
        self.shapes = shapes
        var capacity = 8
        while capacity < keys.count * 2 { capacity *= 2 }
        mask = capacity - 1
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            var slot = Self.hash(key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
    }

    /// The value of `word` (any letter case), or `nil` when the table does not hold it.
    func value(for word: some Collection<UInt8>) -> Value? {
        let count = word.count
        guard count <= longestKey, let first = word.first, shapes[Int(first)] & (1 << min(count, 31)) != 0 else {
            return nil
        }
        var slot = Self.hash(word) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if Self.equal(keys[index], word) { return values[index] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the lower-cased bytes.
    private static func hash(_ word: some Collection<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { hash = (hash ^ UInt64(ByteClass.lower(b))) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private static func equal(_ key: [UInt8], _ word: some Collection<UInt8>) -> Bool {
        guard key.count == word.count else { return false }
        var index = 0
        for b in word {
            if ByteClass.lower(b) != key[index] { return false }
            index += 1
        }
        return true
    }
}

extension WordTable where Value == Bool {
    /// A table of words that only records whether a word is in it.
    convenience init(_ words: Set<String>) {
        self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }))
    }

    /// Whether `word` (any letter case) is in the table.
    func contains(_ word: some Collection<UInt8>) -> Bool { value(for: word) != nil }
}
