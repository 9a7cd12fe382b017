/// Multi-word cues looked up by token keys: the longest cue starting at a token wins.
///
///     let table = PhraseTable(.kinds, ["video conference": MeetingKind.conference, "conference": .conference])
///     table.match(tokens, at: 0)   // (length: 2, value: .conference) on "video conference call"
///
/// Each table has a class (`CueClass`) whose bit every token's `cues` carries when a phrase of
/// the table may start there, so a miss, the common case, costs one test of the token and is
/// inlined into the caller. Only then are first keys looked up, in an open-addressing table
/// probed with the key's own low bits (keys are already FNV hashes); a hit calls out to
/// compare the rest of the phrase.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One cue: the keys of its tokens and what it means.
    private struct Phrase: Sendable {
        var keys: [UInt64]
        var value: Value
    }

    let cue: CueClass
    /// `cue`'s bit of `Token.cues`.
    private let bit: UInt64
    /// First keys by slot; 0 marks an empty slot.
    private let slots: [UInt64]
    /// For each slot, where its phrases begin in `phrases`; they end where the next slot's begin.
    private let firstPhrase: [Int]
    /// Phrases grouped by slot, longest first within a slot.
    private let phrases: [Phrase]
    private let mask: Int

    /// Builds the table of class `cue`; each phrase is tokenised like the text, so "two-day" is
    /// three tokens.
    init(_ cue: CueClass, _ phrases: [String: Value]) {
        self.init(cue, entries: phrases.map { ($0.key, $0.value) })
    }

    /// Builds the table of class `cue` from its phrases and their values. A phrase listed twice
    /// with the same value matches as once.
    fileprivate init(_ cue: CueClass, entries phrases: [(String, Value)]) {
        self.cue = cue
        bit = cue.bit
        var listed: [(first: UInt64, phrase: Phrase)] = []
        listed.reserveCapacity(phrases.count)
        for (phrase, value) in phrases {
            let keys = Tokenizer.keys(of: phrase)
            guard let first = keys.first else { continue }
            listed.append((first, Phrase(keys: keys, value: value)))
        }
        // The phrases in order of their first keys, so each distinct key is filed once, in two
        // sorts of the phrases' numbers rather than a dictionary of lists built at every start-up.
        var order = Array(listed.indices)
        order.sort { (listed[$0].first, $0) < (listed[$1].first, $1) }
        var distinct = 0
        for (position, number) in order.enumerated()
        where position == 0 || listed[order[position - 1]].first != listed[number].first {
            distinct += 1
        }
        var capacity = 16
        while capacity < distinct * 4 { capacity *= 2 }
        mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var slotOf = [Int](repeating: 0, count: listed.count)
        var slot = -1
        for (position, number) in order.enumerated() {
            let key = listed[number].first
            if position == 0 || listed[order[position - 1]].first != key {
                slot = Int(truncatingIfNeeded: key) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = key
            }
            slotOf[number] = slot
        }
        self.slots = slots
        // Grouped by slot, longest first within a slot, then in the order given.
        order.sort {
            (slotOf[$0], listed[$1].phrase.keys.count, $0) < (slotOf[$1], listed[$0].phrase.keys.count, $1)
        }
        var firstPhrase = [Int](repeating: 0, count: capacity + 1)
        for number in order { firstPhrase[slotOf[number] + 1] += 1 }
        for slot in 0..<capacity { firstPhrase[slot + 1] += firstPhrase[slot] }
        self.firstPhrase = firstPhrase
        self.phrases = order.map { listed[$0].phrase }
    }

    /// The class and the first keys of the phrases, for `CueIndex`.
    var classed: (cue: CueClass, firstKeys: [UInt64]) { (cue, slots.filter { $0 != 0 }) }

    @inline(__always) private func slot(of key: UInt64) -> Int? {
        // `mask` keeps every probe inside the slots.
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = slots[slot]
                if found == key { return slot }
                if found == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// The longest phrase that starts at `index`, with the number of tokens it covers.
    @inline(__always) func match(_ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.cues & bit != 0, let slot = slot(of: token.key) else { return nil }
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
            if tokens[start].cues & bit != 0, let slot = slot(of: tokens[start].key) {
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
        let end = min(range.upperBound, tokens.count)
        var index = max(range.lowerBound, 0)
        while index < end {
            index = firstCandidate(in: tokens, from: index, to: end)
            if index < end, match(tokens, at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// The first token from `start` on, before `end`, whose cue classes include this table's:
    /// where a phrase of it may start. `end` when there is none; `0 <= start`, `end <= tokens.count`.
    func firstCandidate(in tokens: [Token], from start: Int, to end: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var index = start
            while index < end, tokens[index].cues & bit == 0 { index &+= 1 }
            return index
        }
    }
}

/// A set of cue phrases with no value attached.
typealias PhraseSet = PhraseTable<Bool>

extension PhraseTable where Value == Bool {
    init(_ cue: CueClass, _ phrases: [String]) {
        self.init(cue, entries: phrases.map { ($0, true) })
    }
}
