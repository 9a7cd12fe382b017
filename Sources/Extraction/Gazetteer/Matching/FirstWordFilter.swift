/// The set of first words of a ``PhraseTrie``'s phrases, kept as hashes, so the scan walks the
/// trie only from words that begin some phrase ("Ho" of "Ho Chi Minh City", "Xi" of "Xi'an").
///
/// A word is a maximal run of word characters (see ``WordCharacter``). The filter honours each
/// phrase's ``PhraseCase`` (as written, in capitals, or ASCII-folded), so "the" and "of" in
/// running text do not wake the cities "The ..." and "Of". A hash collision only costs a
/// needless walk, never a wrong match.
///
/// The table is written once in `init` and only read afterwards, which is why the class can
/// be `@unchecked Sendable`.
final class FirstWordFilter: @unchecked Sendable {
    /// FNV-1a's offset basis and prime: the word hashes are 64-bit FNV-1a.
    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01B3
    private let slots: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int

    /// A filter holding the first word of each phrase that begins with a word character.
    init(phrases: PackedPhrases, cases: [PhraseCase]) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(cases.count * 2)
        phrases.bytes.withUnsafeBufferPointer { packed in
            for (phrase, letterCase) in cases.enumerated() {
                let bytes = phrases.phrase(phrase, in: packed)
                let word = Self.word(from: 0, in: bytes)
                guard word.end > 0 else { continue }
                switch letterCase {
                case .insensitive: hashes.append(word.folded)
                case .exact: hashes.append(word.exact)
                case .proper:
                    hashes.append(word.exact)
                    hashes.append(Self.capitalsHash(of: UnsafeBufferPointer(rebasing: bytes[..<word.end])))
                }
            }
        }
        var capacity = 16
        while capacity < hashes.count * 2 { capacity *= 2 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0)
        mask = capacity - 1
        for hash in hashes {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
    }

    deinit { slots.deallocate() }

    @inline(__always)
    private func contains(_ hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == hash { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a word with these hashes (from ``word(from:in:)``) begins some phrase.
    @inline(__always)
    func contains(_ word: (end: Int, exact: UInt64, folded: UInt64)) -> Bool {
        contains(word.exact) || (word.folded != word.exact && contains(word.folded))
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
