/// Multi-word cues looked up by token keys: the longest cue starting at a token wins.
///
///     let table = PhraseTable(["video conference": MeetingKind.conference, "conference": .conference])
///     table.match(tokens, at: 0)   // (length: 2, value: .conference) on "video conference call"
///
/// First keys sit in an open-addressing table probed with the key's own low bits (keys are
/// already FNV hashes). Before that, the key's top six bits pick a bit of a 64-bit filter that
/// is set only for first keys' picks, so most misses, the common case, cost one test and are
/// inlined into the caller; only a hit calls out to compare the rest of the phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One cue: the keys of its tokens and what it means.
    private struct Phrase: Sendable {
        var keys: [UInt64]
        var value: Value
    }

    /// Bit `key >> 58` set for the first key of every phrase.
    private let filter: UInt64
    /// First keys by slot; 0 marks an empty slot.
    private let slots: [UInt64]
    /// For each slot, where its phrases begin in `phrases`; they end where the next slot's begin.
    private let firstPhrase: [Int]
    /// Phrases grouped by slot, longest first within a slot.
    private let phrases: [Phrase]
    private let mask: Int

    /// Builds the table; each phrase is tokenised like the text, so "two-day" is three tokens.
    init(_ phrases: [String: Value]) {
        var byFirstKey: [UInt64: [Phrase]] = [:]
        for (phrase, value) in phrases {
            let keys = Tokenizer.tokens(of: Array(phrase.utf8)).map(\.key)
            guard let first = keys.first else { continue }
            byFirstKey[first, default: []].append(Phrase(keys: keys, value: value))
        }
        var capacity = 16
        while capacity < byFirstKey.count * 4 { capacity *= 2 }
        mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var bySlot = [[Phrase]](repeating: [], count: capacity)
        for (key, phrases) in byFirstKey {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key
            bySlot[slot] = phrases.sorted { $0.keys.count > $1.keys.count }
        }
        self.slots = slots
        filter = byFirstKey.keys.reduce(0) { $0 | Self.filterBit($1) }
        firstPhrase = bySlot.reduce(into: [0]) { starts, phrases in starts.append(starts.last! + phrases.count) }
        self.phrases = bySlot.flatMap { $0 }
    }

    @inline(__always) private static func filterBit(_ key: UInt64) -> UInt64 {
        1 &<< (key &>> 58)
    }

    @inline(__always) private func slot(of key: UInt64) -> Int? {
        guard filter & Self.filterBit(key) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = slots[slot]
            if found == key { return slot }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether some phrase of the table starts with the token `key`.
    @inline(__always) func startsWith(_ key: UInt64) -> Bool {
        slot(of: key) != nil
    }

    /// The longest phrase that starts at `index`, with the number of tokens it covers.
    @inline(__always) func match(_ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count, let slot = slot(of: tokens[index].key) else { return nil }
        return longest(inSlot: slot, tokens, at: index)
    }

    private func longest(inSlot slot: Int, _ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        for phrase in phrases[firstPhrase[slot]..<firstPhrase[slot + 1]] where Self.fits(phrase.keys, tokens, at: index)
        {
            return (phrase.keys.count, phrase.value)
        }
        return nil
    }

    private static func fits(_ keys: [UInt64], _ tokens: [Token], at index: Int) -> Bool {
        guard index + keys.count <= tokens.count else { return false }
        for offset in 1..<max(keys.count, 1) where tokens[index + offset].key != keys[offset] { return false }
        return true
    }

    /// The longest phrase that ends just before `end` (exclusive), starting at most `window` tokens back.
    func match(_ tokens: [Token], endingAt end: Int, window: Int = 6) -> (start: Int, value: Value)? {
        var start = max(0, end - window)
        while start < end {
            if let slot = slot(of: tokens[start].key) {
                for phrase in phrases[firstPhrase[slot]..<firstPhrase[slot + 1]]
                where phrase.keys.count == end - start && Self.fits(phrase.keys, tokens, at: start) {
                    return (start, phrase.value)
                }
            }
            start += 1
        }
        return nil
    }

    /// Whether any phrase of the table starts anywhere in `range` of the tokens.
    func occurs(in tokens: [Token], _ range: Range<Int>) -> Bool {
        for index in range where match(tokens, at: index) != nil { return true }
        return false
    }
}

/// A set of cue phrases with no value attached.
typealias PhraseSet = PhraseTable<Bool>

extension PhraseTable where Value == Bool {
    init(_ phrases: [String]) {
        self.init(Dictionary(phrases.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }
}
