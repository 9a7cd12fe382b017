/// Finds many phrases in a text at once: whole words only, leftmost-longest, without overlaps.
///
/// Built once from all patterns, then reused for every text (it is immutable and `Sendable`).
///
/// - Whole words: a phrase that begins with a letter or digit matches only where no letter or
///   digit comes right before it, and likewise at its end. Hyphens and apostrophes separate
///   words, so "China-ASEAN" yields China and ASEAN, "Thai-Lao" yields Thai and Lao, and
///   "Thailand's" and "Philippines'" yield the country. A phrase may contain spaces,
///   hyphens, apostrophes and periods ("Ho Chi Minh City", "Xi'an", "U.S.").
/// - Leftmost-longest: of the phrases that match at the earliest position, the longest wins
///   ("South Korea" over "Korea", "Ho Chi Minh City" over "Ho Chi Minh"); scanning resumes
///   after it. When several phrases match the very same text, the one given first wins.
/// - Case: each pattern has its ``PhraseCase``; only ASCII letters are case-folded.
///
/// ```swift
/// let matcher = PhraseMatcher([
///     PhrasePattern("Korea", .proper, "KR"), PhrasePattern("South Korea", .proper, "KR"),
///     PhrasePattern("anti-drug", .insensitive, "drugs"),
/// ])
/// matcher.matches(in: "South Korea's anti-drug police")  // [0..<11 "KR", 14..<23 "drugs"]
/// ```
public struct PhraseMatcher<Payload: Sendable>: Sendable {
    private let trie: PhraseTrie
    private let payloads: [Payload]

    /// Builds the matcher. Empty phrases are a programming error.
    public init(_ patterns: [PhrasePattern<Payload>]) {
        precondition(!patterns.contains { $0.phrase.isEmpty }, "PhraseMatcher: empty phrase")
        var phrases = PackedPhrases()
        phrases.starts.reserveCapacity(patterns.count + 1)
        for pattern in patterns { phrases.append(pattern.phrase.utf8) }
        self.init(phrases, cases: patterns.map(\.letterCase), payloads: patterns.map(\.payload))
    }

    /// Builds the matcher from phrases already packed as UTF-8 bytes (none empty): phrase `p` is
    /// matched as `cases[p]` requires and reported as `payloads[p]`.
    init(_ phrases: PackedPhrases, cases: [PhraseCase], payloads: [Payload]) {
        trie = PhraseTrie(phrases, cases: cases)
        self.payloads = payloads
    }

    /// Builds the matcher from tuples; a case-sensitive phrase must match ``PhraseCase/exact``ly.
    public init(_ patterns: [(phrase: String, caseSensitive: Bool, payload: Payload)]) {
        self.init(patterns.map { PhrasePattern($0.phrase, $0.caseSensitive ? .exact : .insensitive, $0.payload) })
    }

    /// The number of trie nodes (a measure of the matcher's size).
    public var nodeCount: Int { trie.nodeCount }

    /// The matches in UTF-8 text, in text order; ranges are byte offsets into `utf8`.
    public func matches(in utf8: UnsafeBufferPointer<UInt8>) -> [PhraseMatch<Payload>] {
        var found: [PhraseMatch<Payload>] = []
        // News text names about one gazetteer phrase per 65 bytes: one allocation serves most.
        found.reserveCapacity(utf8.count / 64)
        trie.scan(utf8) { range, phrase in found.append(PhraseMatch(range: range, payload: payloads[phrase])) }
        return found
    }

    /// Calls `body` with the byte range and the pattern number of each match in UTF-8 text, in
    /// text order, for callers that build their own values from the matches.
    func forEachMatch(in utf8: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Void) {
        trie.scan(utf8, body)
    }

    /// The payload of pattern `number` (in the order the patterns were given).
    func payload(of number: Int) -> Payload {
        payloads[number]
    }

    /// The matches in `text`, in text order; ranges are UTF-8 byte offsets.
    public func matches(in text: String) -> [PhraseMatch<Payload>] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }
}
