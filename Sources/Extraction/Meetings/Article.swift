/// One article as the meeting rules see it: tokens, sentences, and every tagged cue placed on
/// the token it starts at.
final class Article: Sendable {
    let input: MeetingInput
    let tokens: [Token]
    /// The sentence index of each token.
    let sentenceOf: [Int]
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// The cue classes (`Token.cues`) of each sentence's tokens together: a sentence without a
    /// table's bit holds no phrase of it, and a rule passes it over whole.
    let sentenceCues: [UInt64]
    let titleTokens: Range<Int>?
    /// Whether each sentence is running prose: it ends with a stop and has six tokens or more.
    /// Headlines, menus and link lists do not, and the rules read no mentions there.
    let isProse: [Bool]
    /// The first sentence of prose with twelve tokens or more: the lead of wire copy.
    let leadSentence: Int?
    /// Cues by the token they start at.
    let dates: [Anchored<DateCue>]
    let durations: [Anchored<DurationCue>]
    let places: [PlaceEntry]
    /// The ranges of the organisations and topics; each id is the same number's of
    /// `MeetingInput.organizations` or `MeetingInput.topics`, so the entries hold no strings.
    let organizations: [Anchored<Range<Int>>]
    let topics: [Anchored<Range<Int>>]

    init(_ input: MeetingInput) {
        self.input = input
        let tokens = Tokenizer.tokens(of: input.text)
        self.tokens = tokens
        var sentenceTokens: [Range<Int>] = []
        sentenceTokens.reserveCapacity(input.sentences.count + 1)
        var sentenceCues: [UInt64] = []
        sentenceCues.reserveCapacity(input.sentences.count + 1)
        // Each token belongs to the first sentence that ends after it starts; tokens past the
        // last sentence make one more.
        sentenceOf = [Int](unsafeUninitializedCapacity: tokens.count) { numbers, count in
            var cursor = 0
            tokens.withUnsafeBufferPointer { tokens in
                for (number, sentence) in input.sentences.enumerated() {
                    let first = cursor
                    var cues: UInt64 = 0
                    while cursor < tokens.count, tokens[cursor].range.lowerBound < sentence.upperBound {
                        numbers[cursor] = number
                        cues |= tokens[cursor].cues
                        cursor &+= 1
                    }
                    sentenceTokens.append(first..<cursor)
                    sentenceCues.append(cues)
                }
            }
            if cursor < tokens.count {
                let number = sentenceTokens.count
                sentenceTokens.append(cursor..<tokens.count)
                var cues: UInt64 = 0
                while cursor < tokens.count {
                    numbers[cursor] = number
                    cues |= tokens[cursor].cues
                    cursor += 1
                }
                sentenceCues.append(cues)
            }
            count = tokens.count
        }
        self.sentenceTokens = sentenceTokens
        self.sentenceCues = sentenceCues
        let isProse = sentenceTokens.map { range -> Bool in
            guard range.count >= 6, let last = range.last else { return false }
            return Keys.sentenceEnds.contains(tokens[last].key)
        }
        self.isProse = isProse
        leadSentence = sentenceTokens.indices.first { isProse[$0] && sentenceTokens[$0].count >= 12 }
        func first(_ byte: Int) -> Int { Article.tokenIndex(tokens, atByte: byte) }
        titleTokens = input.title.map { first($0.lowerBound)..<first($0.upperBound) }
        dates = input.dates.map { Anchored(token: first($0.range.lowerBound), cue: $0) }
        durations = input.durations.map { Anchored(token: first($0.range.lowerBound), cue: $0) }
        places = input.places.map {
            let token = first($0.range.lowerBound)
            // Tokens before the first end before the place does: its end is sought from there.
            var end = token
            while end < tokens.count, tokens[end].range.upperBound <= $0.range.upperBound { end += 1 }
            return PlaceEntry(token: token, end: max(end, 1), range: $0.range, kind: PlaceEntry.Kind($0.entity))
        }
        organizations = input.organizations.map { Anchored(token: first($0.range.lowerBound), cue: $0.range) }
        topics = input.topics.map { Anchored(token: first($0.range.lowerBound), cue: $0.range) }
    }

    /// The index of the first token that ends after `byte`.
    static func tokenIndex(_ tokens: [Token], atByte byte: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            // `low` moves past tokens that end by `byte`; `count` tokens from it are still open.
            var low = 0
            var count = tokens.count
            while count > 0 {
                let half = count >> 1
                if tokens[low &+ half].range.upperBound <= byte {
                    low = low &+ half &+ 1
                    count = count &- half &- 1
                } else {
                    count = half
                }
            }
            return low
        }
    }

    /// The date cues that start in sentence `number` (cues are in text order).
    func dates(inSentence number: Int) -> ArraySlice<Anchored<DateCue>> {
        let tokens = sentenceTokens[number]
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].token < tokens.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < dates.count, dates[end].token < tokens.upperBound { end += 1 }
        return dates[low..<end]
    }

    func sentence(ofToken index: Int) -> Int {
        index < sentenceOf.count ? sentenceOf[index] : max(sentenceTokens.count - 1, 0)
    }

    func text(_ range: Range<Int>) -> String { String(decoding: input.text[range], as: UTF8.self) }

    /// The bytes a run of tokens covers.
    func byteRange(_ tokenRange: Range<Int>) -> Range<Int> {
        guard !tokenRange.isEmpty else { return 0..<0 }
        return tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
    }

    /// Whether a phrase of `table` occurs among the `window` tokens before `index`, in its sentence.
    func occurs(_ table: PhraseSet, before index: Int, window: Int) -> Bool {
        let sentence = sentence(ofToken: index)
        let from = max(sentenceTokens[sentence].lowerBound, index - window)
        return from < index && mayHold(table, sentence) && table.occurs(in: tokens, from..<index)
    }

    /// Whether a phrase of `table` occurs among the `window` tokens from `index` on, in its sentence.
    func occurs(_ table: PhraseSet, after index: Int, window: Int) -> Bool {
        let sentence = sentence(ofToken: min(index, tokens.count - 1))
        let to = min(sentenceTokens[sentence].upperBound, index + window)
        return index < to && mayHold(table, sentence) && table.occurs(in: tokens, index..<to)
    }

    /// How many tokens back from `index` the nearest phrase of `table` ends (1 when right
    /// before), within `window` tokens of the sentence; `Int.max` when none.
    func distance(to table: PhraseSet, before index: Int, window: Int) -> Int {
        let number = sentence(ofToken: index)
        let sentence = sentenceTokens[number]
        guard mayHold(table, number) else { return Int.max }
        var start = index - 1
        while start >= max(sentence.lowerBound, index - window) {
            if table.match(tokens, at: start) != nil { return index - start }
            start -= 1
        }
        return Int.max
    }

    /// How many tokens on from `index` the nearest phrase of `table` starts (1 when at `index`),
    /// within `window` tokens of the sentence; `Int.max` when none.
    func distance(to table: PhraseSet, after index: Int, window: Int) -> Int {
        guard index < tokens.count else { return Int.max }
        let number = sentence(ofToken: index)
        let sentence = sentenceTokens[number]
        guard mayHold(table, number) else { return Int.max }
        var start = index
        while start < min(sentence.upperBound, index + window) {
            if table.match(tokens, at: start) != nil { return start - index + 1 }
            start += 1
        }
        return Int.max
    }

    /// Whether a phrase of `table` occurs anywhere in sentence `number`.
    func occurs(_ table: PhraseSet, inSentence number: Int) -> Bool {
        mayHold(table, number) && table.occurs(in: tokens, sentenceTokens[number])
    }

    /// Whether a phrase of `table` may start in sentence `number`: one of its tokens carries
    /// the table's bit.
    @inline(__always) func mayHold<Value>(_ table: PhraseTable<Value>, _ number: Int) -> Bool {
        sentenceCues[number] & table.cue.bit != 0
    }
}

/// A cue of the other taggers with the token it starts at.
struct Anchored<Cue: Sendable>: Sendable {
    var token: Int
    var cue: Cue
}

/// A place cue with the token it starts at and the token after it, and what kind of place it
/// names; its entity is the same number's of `MeetingInput.places`, read only where its name or
/// code is needed, so that the entries hold no strings to copy and release.
struct PlaceEntry: Sendable {
    enum Kind: Sendable, Equatable {
        case country
        /// A country's demonym ("Thai"): it names people, not a place.
        case demonym
        case city
        case group

        init(_ entity: PlaceCue.Entity) {
            switch entity {
            case .country(_, let isDemonym): self = isDemonym ? .demonym : .country
            case .city: self = .city
            case .group: self = .group
            }
        }
    }

    var token: Int
    var end: Int
    var range: Range<Int>
    var kind: Kind
}
