/// Decides which countries named in a sentence take part, list by list.
///
/// Countries joined by commas and "and" form one list that is read as a whole:
/// "ministers from China, Laos and Thailand", "Thai, Chinese and Lao police",
/// "China and Vietnam opened". A list after "in", "into", "to", "border with" is a place, and
/// "Myanmar's Shan state" a region; neither takes part.
struct Participants: Sendable {
    enum Cue: Sendable, Equatable {
        /// Words around it say it takes part.
        case positive
        /// Words around it say it is a place, not a party.
        case negative
        /// Nothing either way.
        case neutral
    }

    struct CountryList: Sendable {
        /// Where its places lie in `Participants.members`.
        var members: Range<Int>
        var firstToken: Int
        var lastToken: Int
        /// What the words around it say; `nil` when no gathering reads its sentence (see
        /// `Participants.cue(of:_:_:)`).
        var cue: Cue?
        /// When the list is "the four countries": the count it points back by.
        var countedParties: Int?
    }

    /// Lists in text order.
    let lists: [CountryList]
    /// The places of every list, list after list: indices into `Article.places` (countries and
    /// groups only).
    let members: [Int]

    /// Reads the lists of the article; `isRead` tells the sentences some gathering reads, the
    /// only ones where the words around a list are weighed or a counted list ("the two sides")
    /// is sought.
    init(article: Article, mentions: [Mention], isRead: (_ sentence: Int) -> Bool) {
        let counted = Self.countedLists(article, isRead: isRead)
        var lists: [CountryList] = []
        lists.reserveCapacity(article.places.count + counted.count)
        var members: [Int] = []
        members.reserveCapacity(article.places.count)
        let tokens = article.tokens
        let places = article.places
        for number in places.indices {
            if places[number].kind == .city { continue }
            let (token, end) = (places[number].token, places[number].end)
            // The last list goes on when this place follows its last place, joined by list words.
            let goesOn =
                members.last.map { previous in
                    article.sentence(ofToken: places[previous].end - 1) == article.sentence(ofToken: token)
                        && Self.joined(tokens, from: places[previous].end, to: token)
                        && (Self.isDemonym(places[previous]) || !Self.isDemonym(places[number]))
                } ?? false
            members.append(number)
            if goesOn {
                lists[lists.count - 1].members = lists[lists.count - 1].members.lowerBound..<members.count
                lists[lists.count - 1].lastToken = end
            } else {
                lists.append(
                    CountryList(members: members.count - 1..<members.count, firstToken: token, lastToken: end, cue: nil)
                )
            }
        }
        lists += counted
        lists.sort { $0.firstToken < $1.firstToken }
        for index in lists.indices where isRead(article.sentence(ofToken: lists[index].firstToken)) {
            lists[index].cue = Self.read(lists[index], article, mentions)
        }
        self.lists = lists
        self.members = members
    }

    /// The places of `list`: indices into `Article.places`.
    func members(of list: CountryList) -> ArraySlice<Int> {
        members[list.members]
    }

    /// Whether the place is a demonym ("Thai"). A demonym never continues a list of names
    /// ("trafficked from Cambodia, Thai police said" is two lists), while a name may end a
    /// list of demonyms ("Thai, Lao and Myanmar police").
    private static func isDemonym(_ place: PlaceEntry) -> Bool {
        place.kind == .demonym
    }

    private static func joined(_ tokens: [Token], from end: Int, to start: Int) -> Bool {
        guard start >= end, start - end <= 5 else { return false }
        var index = end
        while index < start {
            guard let hit = ContextCues.listJoiners.match(tokens, at: index), index + hit.length <= start else {
                return false
            }
            index += hit.length
        }
        return true
    }

    /// "the four countries", "both sides": a list with no names that points back by its count,
    /// in the sentences read.
    private static func countedLists(_ article: Article, isRead: (Int) -> Bool) -> [CountryList] {
        var out: [CountryList] = []
        let tokens = article.tokens
        let counts = ContextCues.counts
        let countedParties = ContextCues.countedParties
        let participantNouns = ContextCues.participantNouns
        // The sentences cover every token, one after another: a walk over the tokens where a
        // count may start, in the sentences read that hold one.
        for sentence in article.sentenceTokens.indices where article.mayHold(counts, sentence) && isRead(sentence) {
            let end = article.sentenceTokens[sentence].upperBound
            var index = counts.firstCandidate(in: tokens, from: article.sentenceTokens[sentence].lowerBound, to: end)
            while index < end {
                defer { index = counts.firstCandidate(in: tokens, from: index + 1, to: end) }
                guard let count = counts.match(tokens, at: index), count.length == 1 else { continue }
                // "the four countries", "the two police forces".
                var next = index + 1
                if next + 1 < tokens.count, countedParties.match(tokens, at: next) == nil,
                    participantNouns.match(tokens, at: next)?.length == 1
                {
                    next += 1
                }
                guard next < tokens.count, countedParties.match(tokens, at: next) != nil else { continue }
                out.append(
                    CountryList(
                        members: 0..<0, firstToken: index, lastToken: next + 1, cue: nil, countedParties: count.value))
            }
        }
        return out
    }

    /// What the words around `list` say: its `cue` when read, else read now.
    static func cue(of list: CountryList, _ article: Article, _ mentions: [Mention]) -> Cue {
        list.cue ?? read(list, article, mentions)
    }

    private static func read(_ list: CountryList, _ article: Article, _ mentions: [Mention]) -> Cue {
        let tokens = article.tokens
        let sentence = article.sentenceTokens[article.sentence(ofToken: list.firstToken)]
        if mentions.contains(where: { $0.phrase.contains(list.firstToken) }) { return .positive }
        // After the list: "police", "delegation", "'s Ministry of Public Security", "'s Shan state".
        var after = list.lastToken
        if after + 1 < sentence.upperBound, tokens[after].key == Keys.apostrophe, tokens[after + 1].key == Keys.s {
            after += 2
            if ContextCues.placeNouns.match(tokens, at: after) != nil { return .negative }
            if article.occurs(ContextCues.participantNouns, after: after, window: 3) { return .positive }
        } else if after < sentence.upperBound,
            ContextCues.participantNouns.match(tokens, at: after) != nil
                || (after + 1 < sentence.upperBound && ContextCues.participantNouns.match(tokens, at: after + 1) != nil
                    && (!tokens[after].isCapitalized || tokens[after + 1].isCapitalized))
        {
            // "Thai border police"; "the Australian Federal Police", a force's proper name.
            return .positive
        }
        // Before the list: skip "the", "all", "10", "other".
        var before = list.firstToken
        while before > sentence.lowerBound {
            let previous = tokens[before - 1]
            if previous.key != Keys.comma, previous.key != Keys.and,
                ContextCues.listJoiners.match(tokens, at: before - 1)?.length == 1 || isNumber(article, before - 1)
            {
                before -= 1
            } else {
                break
            }
        }
        if before == sentence.lowerBound { return .positive }
        // After a dateline: "LIANYUNGANG, 11 Sept (Bernama) -- Malaysia and China have agreed".
        if tokens[list.firstToken - 1].key == Keys.hyphen, list.firstToken - sentence.lowerBound <= 14 {
            return .positive
        }
        if ContextCues.placePrepositions.match(tokens, endingAt: before, window: 2) != nil { return .negative }
        if let preposition = ContextCues.participantPrepositions.match(tokens, endingAt: before, window: 2),
            article.occurs(ContextCues.participantNouns, before: preposition.start, window: 6)
                || article.occurs(ContextCues.attendance, before: preposition.start, window: 6)
                || mentions.contains(where: { $0.head < preposition.start && preposition.start - $0.head <= 4 })
        {
            return .positive
        }
        // "workers trafficked from Cambodia": an origin, not a delegation.
        if let from = ContextCues.participantPrepositions.match(tokens, endingAt: before, window: 1),
            tokens[from.start].key == Keys.from
        {
            return .negative
        }
        // A subject after an opening adverbial: "On Saturday, China and Laos agreed".
        if tokens[before - 1].key == Keys.comma, before - 1 - sentence.lowerBound <= 4 { return .positive }
        return .neutral
    }

    private static func isNumber(_ article: Article, _ index: Int) -> Bool {
        guard let first = article.input.text[article.tokens[index].range].first else { return false }
        return (0x30...0x39).contains(first)
    }
}
