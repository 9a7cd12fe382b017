/// The first words of a ``PhraseTrie``'s phrases, kept as hashes, so the scan walks the trie
/// only from words that begin some phrase ("Ho" of "Ho Chi Minh City", "Xi" of "Xi'an"), and
/// from the trie node that word leads to rather than from the root.
///
/// A word is a maximal run of word characters (see ``WordCharacter``). The filter honours each
/// phrase's ``PhraseCase`` (as written, in capitals, or ASCII-folded), so "the" and "of" in
/// running text do not wake the cities "The ..." and "Of". A hit names a phrase that begins with
/// the word, so the scan can check the word's bytes against it: a hash collision never makes a
/// wrong match. Two first words with one hash would stop the build (a precondition).
///
/// The table is written once in `init` and only read afterwards, which is why the class can
/// be `@unchecked Sendable`.
final class FirstWordFilter: @unchecked Sendable {
    /// FNV-1a's offset basis and prime: the word hashes are 64-bit FNV-1a.
    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01B3
    /// Open addressing: a slot holds a hash (0 when empty), and beside it the trie node its word
    /// leads to, a phrase that begins with that word and the word's length in bytes.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let slotNodes: UnsafeMutableBufferPointer<Int32>
    private let slotPhrases: UnsafeMutableBufferPointer<Int32>
    private let slotLengths: UnsafeMutableBufferPointer<Int32>
    private let mask: Int

    /// What a word found in the filter leads to.
    struct Hit {
        /// The trie node reached from the root by the word's folded bytes.
        var node: Int
        /// A phrase whose first word is the word, but for ASCII case.
        var phrase: Int
        /// The length in bytes of that first word.
        var length: Int
    }

    /// A first word's hash as the filter files it, with the phrase it begins and its length.
    typealias Entry = (hash: UInt64, phrase: Int32, length: Int32)

    /// The entries for the first word of each phrase that begins with a word character (one per
    /// case form that phrase's ``PhraseCase`` accepts), and where each phrase's first word ends
    /// (0 when it begins with no word character).
    static func entries(of phrases: PackedPhrases, cases: [PhraseCase]) -> (entries: [Entry], ends: [Int32]) {
        var entries: [Entry] = []
        entries.reserveCapacity(cases.count * 2)
        var ends: [Int32] = []
        ends.reserveCapacity(cases.count)
        phrases.bytes.withUnsafeBufferPointer { packed in
            for (phrase, letterCase) in cases.enumerated() {
                let bytes = phrases.phrase(phrase, in: packed)
                let word = Self.word(from: 0, in: bytes)
                let length = Int32(word.end)
                ends.append(length)
                guard word.end > 0 else { continue }
                switch letterCase {
                case .insensitive: entries.append((word.folded, Int32(phrase), length))
                case .exact: entries.append((word.exact, Int32(phrase), length))
                case .proper:
                    entries.append((word.exact, Int32(phrase), length))
                    let capitals = Self.capitalsHash(of: UnsafeBufferPointer(rebasing: bytes[..<word.end]))
                    entries.append((capitals, Int32(phrase), length))
                }
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
        slotNodes = .allocate(capacity: capacity)
        slotNodes.initialize(repeating: -1)
        slotPhrases = .allocate(capacity: capacity)
        slotPhrases.initialize(repeating: -1)
        slotLengths = .allocate(capacity: capacity)
        slotLengths.initialize(repeating: 0)
        mask = capacity - 1
        for (hash, phrase, length) in entries {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & mask }
            if slots[slot] == hash {
                // The same word (or another case of it) leads to the same node, and a node stands
                // for one folded word.
                precondition(slotNodes[slot] == nodes[Int(phrase)], "FirstWordFilter: two first words with one hash")
                continue
            }
            slots[slot] = hash
            slotNodes[slot] = nodes[Int(phrase)]
            slotPhrases[slot] = phrase
            slotLengths[slot] = length
        }
    }

    deinit {
        slots.deallocate()
        slotNodes.deallocate()
        slotPhrases.deallocate()
        slotLengths.deallocate()
    }

    /// The slot holding `hash`, or `nil`.
    @inline(__always)
    private func slot(of hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == hash { return slot }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Where a word with these hashes (from ``word(from:in:)``) leads, when it may begin some phrase.
    @inline(__always)
    func hit(_ word: (end: Int, exact: UInt64, folded: UInt64)) -> Hit? {
        guard let slot = slot(of: word.exact) ?? (word.folded != word.exact ? slot(of: word.folded) : nil) else {
            return nil
        }
        return Hit(node: Int(slotNodes[slot]), phrase: Int(slotPhrases[slot]), length: Int(slotLengths[slot]))
    }

    /// The exact hash (as ``word(from:in:)`` computes it) of `word` written in capitals.
    private static func capitalsHash(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in word { hash = (hash ^ UInt64(byte &- 97 < 26 ? byte - 32 : byte)) &* prime }
        return hash == 0 ? 1 : hash
    }

    /// The end of the word starting at `start` (`start` itself when no word starts there), the
    /// hash of its bytes and the hash of its ASCII-folded bytes (hashes are never 0).
    @inline(__always)
    static func word(from start: Int, in text: UnsafeBufferPointer<UInt8>) -> (end: Int, exact: UInt64, folded: UInt64)
    {
        var hash = offsetBasis
        var exact = hash
        var end = start
        while end < text.count {
            let byte = text[end]
            if byte < 0x80 {
                // `byte | 0x20` is a letter's lower case, and a digit as it is (digits have that
                // bit set): the test of `WordCharacter.isASCIIWord` and the fold in one.
                let folded = byte | 0x20
                guard folded &- 97 < 26 || byte &- 48 < 10 else { break }
                hash = (hash ^ UInt64(folded)) &* prime
                exact = (exact ^ UInt64(byte)) &* prime
                end += 1
            } else {
                let (isWord, length) = WordCharacter.character(at: end, in: text)
                guard isWord else { break }
                for offset in 0..<length {
                    hash = (hash ^ UInt64(text[end + offset])) &* prime
                    exact = (exact ^ UInt64(text[end + offset])) &* prime
                }
                end += length
            }
        }
        return (end, exact == 0 ? 1 : exact, hash == 0 ? 1 : hash)
    }
}
