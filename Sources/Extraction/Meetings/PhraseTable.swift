/// Multi-word cues looked up by token keys: the longest cue starting at a token wins.
///
///     let table = PhraseTable(["video conference": MeetingKind.conference, "conference": .conference])
///     table.match(tokens, at: 0)   // (length: 2, value: .conference) on "video conference call"
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstKey: [UInt64: [(keys: [UInt64], value: Value)]] = [:]

    /// Builds the table; each phrase is tokenised like the text, so "two-day" is three tokens.
    init(_ phrases: [String: Value]) {
        for (phrase, value) in phrases {
            let keys = Tokenizer.tokens(of: Array(phrase.utf8)).map(\.key)
            guard let first = keys.first else { continue }
            byFirstKey[first, default: []].append((keys, value))
        }
        for key in byFirstKey.keys { byFirstKey[key]!.sort { $0.keys.count > $1.keys.count } }
    }

    /// The longest phrase that starts at `index`, with the number of tokens it covers.
    func match(_ tokens: [Token], at index: Int) -> (length: Int, value: Value)? {
        guard index < tokens.count, let candidates = byFirstKey[tokens[index].key] else { return nil }
        for candidate in candidates where Self.fits(candidate.keys, tokens, at: index) {
            return (candidate.keys.count, candidate.value)
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
            if let candidates = byFirstKey[tokens[start].key] {
                for candidate in candidates
                where candidate.keys.count == end - start && Self.fits(candidate.keys, tokens, at: start) {
                    return (start, candidate.value)
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
