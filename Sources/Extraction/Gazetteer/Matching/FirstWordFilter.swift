/// The first words of a ``PhraseTrie``'s phrases, kept as hashes (see ``WordHash``), so the
/// scan walks the trie only from words that begin some phrase ("Ho" of "Ho Chi Minh City", "Xi"
/// of "Xi'an"), and from the trie node that word leads to rather than from the root.
///
/// A word is a maximal run of word characters (see ``WordCharacter``). Most words begin no
/// phrase: a bit per hash, in a table eight times as large as the number of first words, turns
/// most of them away before the slots are searched. A first word is filed once whatever its case,
/// with the shapes (see ``WordHash/shape(of:)``) in which its phrases' ``PhraseCase`` accepts it,
/// so "the" and "of" in running text do not wake the cities "The ..." and "Of". A hit names a
/// phrase that begins with the word, so the scan can check a long word's bytes against it: a
/// hash collision never makes a wrong match (words of eight bytes or fewer cannot collide). Two
/// first words with one hash would stop the build (a precondition).
///
/// The table is written once in `init` and only read afterwards, which is why the class can
/// be `@unchecked Sendable`.
final class FirstWordFilter: @unchecked Sendable {
    /// Open addressing: a slot holds a hash (0 when empty), and beside it the trie node its word
    /// leads to, a phrase that begins with that word, the word's length in bytes and the shapes
    /// it may be written in (bit `s` for shape `s`).
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let slotNodes: UnsafeMutableBufferPointer<Int32>
    private let slotPhrases: UnsafeMutableBufferPointer<Int32>
    private let slotLengths: UnsafeMutableBufferPointer<Int32>
    private let slotShapes: UnsafeMutableBufferPointer<UInt8>
    private let mask: Int
    /// Bit `hash >> bitShift` is set when some first word may have that hash.
    private let bits: UnsafeMutableBufferPointer<UInt64>
    private let bitShift: UInt64

    /// What a word found in the filter leads to.
    struct Hit {
        /// The trie node reached from the root by the word's folded bytes.
        var node: Int
        /// A phrase whose first word is the word, but for ASCII case.
        var phrase: Int
        /// The length in bytes of that first word.
        var length: Int
    }

    /// A first word's hash, with a phrase it begins, its length and the shapes it is accepted in.
    typealias Entry = (hash: UInt64, phrase: Int32, length: Int32, shapes: UInt8)

    /// The entries for the first word of each phrase that begins with a word character, and where
    /// each phrase's first word ends (0 when it begins with no word character).
    static func entries(of phrases: PackedPhrases, cases: [PhraseCase]) -> (entries: [Entry], ends: [Int32]) {
        var entries: [Entry] = []
        entries.reserveCapacity(cases.count)
        var ends: [Int32] = []
        ends.reserveCapacity(cases.count)
        phrases.bytes.withUnsafeBufferPointer { packed in
            for (phrase, letterCase) in cases.enumerated() {
                let start = Int(phrases.starts[phrase])
                let (end, hash, head) = WordHash.word(from: start, before: Int(phrases.starts[phrase + 1]), in: packed)
                let length = Int32(end - start)
                ends.append(length)
                guard length > 0 else { continue }
                let written: UInt8 = 1 << WordHash.shape(of: head)
                let shapes: UInt8
                switch letterCase {
                case .insensitive: shapes = 0xF
                case .exact: shapes = written
                case .proper: shapes = written | 1 << WordHash.shape(of: head & ~WordHash.classify(head).letters)
                }
                entries.append((hash, Int32(phrase), length, shapes))
            }
        }
        return (entries, ends)
    }

    /// A filter holding `entries` (from ``entries(of:cases:)``); `nodes[p]` is the trie node
    /// reached by phrase `p`'s folded first word.
    init(_ entries: [Entry], nodes: [Int32]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        // The rest of a slot is read only where its hash is, and written with it.
        slotNodes = .allocate(capacity: capacity)
        slotPhrases = .allocate(capacity: capacity)
        slotLengths = .allocate(capacity: capacity)
        slotShapes = .allocate(capacity: capacity)
        mask = capacity - 1
        // 32 bits per entry or more: a word that begins no phrase seldom passes the bit test.
        let bitCount = capacity * 16
        bits = .allocate(capacity: bitCount / 64)
        bits.initialize(repeating: 0)
        bitShift = UInt64(64 - bitCount.trailingZeroBitCount)
        for (hash, phrase, length, shapes) in entries {
            // 0 marks an empty slot (and is the hash of the empty word).
            precondition(hash != 0, "FirstWordFilter: a first word hashes to 0")
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & mask }
            if slots[slot] == hash {
                // The same word (but for case) leads to the same node, and a node stands for one
                // folded word.
                precondition(slotNodes[slot] == nodes[Int(phrase)], "FirstWordFilter: two first words with one hash")
                slotShapes[slot] |= shapes
                continue
            }
            slots[slot] = hash
            slotNodes[slot] = nodes[Int(phrase)]
            slotPhrases[slot] = phrase
            slotLengths[slot] = length
            slotShapes[slot] = shapes
            let bit = Int(hash >> bitShift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    deinit {
        slots.deallocate()
        slotNodes.deallocate()
        slotPhrases.deallocate()
        slotLengths.deallocate()
        slotShapes.deallocate()
        bits.deallocate()
    }

    /// The slot holding `hash`, or `nil` (always for 0).
    @inline(__always)
    private func slot(of hash: UInt64) -> Int? {
        let bit = Int(truncatingIfNeeded: hash &>> bitShift)
        guard bits[bit &>> 6] & 1 << UInt64(bit & 63) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == 0 { return nil }
            if found == hash { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// Where a word (from ``WordHash/word(from:before:in:)``) of `length` bytes leads, when it
    /// may begin some phrase.
    @inline(__always)
    func hit(_ word: WordHash.Word, length: Int) -> Hit? {
        guard let slot = slot(of: word.hash) else { return nil }
        // A long word's shape is not known from its head, and a word of a phrase matched in any
        // case takes every shape: the walk checks the case.
        let shapes = slotShapes[slot]
        if length <= 8 && shapes != 0xF && shapes & 1 << UInt8(WordHash.shape(of: word.head)) == 0 { return nil }
        return Hit(node: Int(slotNodes[slot]), phrase: Int(slotPhrases[slot]), length: Int(slotLengths[slot]))
    }
}
