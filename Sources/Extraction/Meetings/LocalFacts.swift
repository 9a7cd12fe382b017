/// What the words around one mention say about its gathering: a date (and whether it opened
/// or closed then), a length, a host city or country, a video link.
struct LocalFacts: Sendable {
    enum DateRole: Sendable { case single, start, end }

    /// A date cue and whether it dates the whole gathering, its start or its end.
    struct RoledDate: Sendable {
        var cue: DateCue
        var role: DateRole
    }

    var date: RoledDate?
    var extraDates: [RoledDate] = []
    var duration: DurationCue?
    var city: NamedCity?
    var country: NamedCountry?
    var isVirtual = false
    var isFuture = false
    /// A holding verb next to it ("held", "chaired", "opened"): a specific occurrence.
    var isOccurrence = false
    /// The start of `date` once resolved against the gathering beside it ("the day before"),
    /// set by the meeting finder after reading.
    var resolved: PartialDate?
    /// The days its date allows its gathering to cover (`window(start: resolved)`), set then too.
    var days: ClosedRange<Day>?

    /// The days the gathering may cover given this mention's date: the date itself, a week on
    /// from an opening, a week back from a close, a whole month for "in October".
    func window(start resolved: PartialDate?) -> ClosedRange<Day>? {
        guard let date, let value = resolved ?? date.cue.start else { return nil }
        let length = max((duration?.days ?? 7) - 1, 0)
        let last = date.cue.end?.lastDay ?? value.lastDay
        switch date.role {
        case .single: return value.firstDay...max(last, value.firstDay)
        case .start: return value.firstDay...value.lastDay.adding(days: length)
        case .end: return value.firstDay.adding(days: -length)...value.lastDay
        }
    }
}

/// A date that may be a mention's, with its rank: the nearest wins, and one after "held",
/// "set for" beats every other.
private struct RankedDate {
    var cue: DateCue
    var role: LocalFacts.DateRole
    var rank: Int
}

/// A host city with the words that name it.
struct NamedCity: Sendable {
    var city: HostCity
    var range: Range<Int>
}

/// A host country (ISO code) with the words that name it.
struct NamedCountry: Sendable {
    var code: String
    var range: Range<Int>
}

/// Reads `LocalFacts` for every mention: each date and place in a sentence goes to the
/// nearest mention of that sentence.
struct LocalFactReader: Sendable {
    let article: Article

    /// The facts of each mention; `bySentence` groups the mentions by sentence.
    func facts(for mentions: [Mention], bySentence: SentenceMentions) -> [LocalFacts] {
        // Made by a map, which the compiler specialises, rather than init(repeating:count:) (see
        // `Array.init(filledWith:count:)`, which costs more than this for a value this large).
        var facts = mentions.map { _ in LocalFacts() }
        // The dates each mention may take, by mention.
        var candidates: [(owner: Int, date: RankedDate)] = []
        for entry in article.dates {
            let owners = bySentence[article.sentence(ofToken: entry.token)]
            guard !owners.isEmpty, !isReported(entry.token, entry.cue),
                !isDateline(entry.token, entry.cue), !isLooseYear(entry.token, entry.cue),
                !isInsideMention(entry.token, mentions)
            else { continue }
            let owner = nearest(owners, to: entry.token, in: mentions)
            if datesSomethingElse(entry.token, after: mentions[owner].head) { continue }
            if let clauseEnd = settingEnd(of: owner, in: mentions), entry.token > clauseEnd { continue }
            let role = role(of: entry.token, cue: entry.cue, mention: owner, in: mentions)
            let distance = distance(entry.token, mentions[owner].phrase)
            // "the meeting" reaches only nearby dates, or ones a verb of occurrence introduces
            // ("the meeting of the Council of ... held in Tashkent in April"); "the 5th meeting of
            // ..." introduces one.
            let strong = article.occurs(ContextCues.occurrenceDateCues, before: entry.token, window: 4)
            let pointsBack =
                mentions[owner].reference == .known && !mentions[owner].isBare
                && mentions[owner].ordinal == nil
            if pointsBack, distance > (role == .single && !strong ? 10 : 26) { continue }
            candidates.append(
                (owner, RankedDate(cue: entry.cue, role: role, rank: strong ? distance - 1000 : distance)))
        }
        // Each mention's dates, nearest first (the sort is stable: dates of one rank stay in text order).
        candidates.sort { ($0.owner, $0.date.rank) < ($1.owner, $1.date.rank) }
        var first = 0
        while first < candidates.count {
            let owner = candidates[first].owner
            var end = first + 1
            while end < candidates.count, candidates[end].owner == owner { end += 1 }
            let best = candidates[first].date
            facts[owner].date = LocalFacts.RoledDate(cue: pairedRange(best.cue), role: best.role)
            facts[owner].extraDates = candidates[first + 1..<end].map {
                LocalFacts.RoledDate(cue: $0.date.cue, role: $0.date.role)
            }
            first = end
        }
        for entry in article.durations {
            for owner in bySentence[article.sentence(ofToken: entry.token)] {
                let phrase = mentions[owner].phrase
                if (phrase.lowerBound - 4...mentions[owner].head).contains(entry.token) {
                    facts[owner].duration = entry.cue
                }
            }
        }
        readPlaces(into: &facts, mentions, bySentence)
        for number in mentions.indices {
            let (phrase, head) = (mentions[number].phrase, mentions[number].head)
            let sentence = article.sentenceTokens[mentions[number].sentence]
            let before = max(sentence.lowerBound, phrase.lowerBound - 6)
            let after = min(sentence.upperBound, head + 8)
            let cues = tenseAndMode(
                virtual: before..<after, future: max(sentence.lowerBound, phrase.lowerBound - 10)..<after,
                occurrence: max(sentence.lowerBound, phrase.lowerBound - 4)..<min(after, head + 4),
                in: mentions[number].sentence)
            if mentions[number].isVirtual || cues.isVirtual { facts[number].isVirtual = true }
            facts[number].isFuture = cues.isFuture
            facts[number].isOccurrence = cues.isOccurrence
            if facts[number].city == nil, let dateline = article.input.dateline,
                let here = hereToken(in: sentence),
                nearest(bySentence[mentions[number].sentence], to: here, in: mentions) == number
            {
                facts[number].city = NamedCity(city: dateline, range: article.tokens[here].range)
            }
        }
        return facts
    }

    /// Whether a video-link cue starts in `virtual`, a cue of the future in `future` and a
    /// holding verb in `occurrence`, three ranges of sentence `sentence`: one walk over their
    /// tokens that stops only where a phrase of one of the three tables may start (and none when
    /// no token of the sentence carries one of their bits).
    private func tenseAndMode(virtual: Range<Int>, future: Range<Int>, occurrence: Range<Int>, in sentence: Int)
        -> (isVirtual: Bool, isFuture: Bool, isOccurrence: Bool)
    {
        let tokens = article.tokens
        let (virtualCues, futureCues, holding) = (ContextCues.virtual, ContextCues.future, ContextCues.occurrenceVerbs)
        let bits = virtualCues.cue.bit | futureCues.cue.bit | holding.cue.bit
        var found = (isVirtual: false, isFuture: false, isOccurrence: false)
        guard article.sentenceCues[sentence] & bits != 0 else { return found }
        let end = min(max(virtual.upperBound, future.upperBound, occurrence.upperBound), tokens.count)
        var index = max(min(virtual.lowerBound, future.lowerBound, occurrence.lowerBound), 0)
        while index < end {
            if tokens[index].cues & bits != 0 {
                if !found.isVirtual, virtual.contains(index), virtualCues.match(tokens, at: index) != nil {
                    found.isVirtual = true
                }
                if !found.isFuture, future.contains(index), futureCues.match(tokens, at: index) != nil {
                    found.isFuture = true
                }
                if !found.isOccurrence, occurrence.contains(index), holding.match(tokens, at: index) != nil {
                    found.isOccurrence = true
                }
            }
            index += 1
        }
        return found
    }

    /// Gives each place of a sentence with mentions to the nearest as its host city or country.
    private func readPlaces(into facts: inout [LocalFacts], _ mentions: [Mention], _ bySentence: SentenceMentions) {
        let places = article.places
        for number in places.indices {
            let (token, end) = (places[number].token, places[number].end)
            let owners = bySentence[article.sentence(ofToken: token)]
            guard !owners.isEmpty else { continue }
            let owner = nearest(owners, to: token, in: mentions)
            // "Officials in Bangkok said X, which dominated the agenda of the first dialogue": a
            // place well before the gathering's name is where someone spoke, not where it met.
            if token < mentions[owner].phrase.lowerBound,
                distance(token, mentions[owner].phrase) > Self.placeReachBefore
            {
                continue
            }
            let range = places[number].range
            switch places[number].kind {
            case .city:
                // With both already known, a city can change nothing.
                guard facts[owner].city == nil || facts[owner].country == nil, !continuesName(token), isVenue(token),
                    !namesProvinces(after: end), case .city(let city) = article.input.places[number].entity
                else { continue }
                if namesBuilding(end), !isVenueBuilding(after: end) {
                    if namesPlace(end), facts[owner].country == nil {
                        facts[owner].country = NamedCountry(code: city.country, range: range)
                    }
                    continue
                }
                guard facts[owner].city == nil else { continue }
                facts[owner].city = NamedCity(city: city, range: range)
            case .country:
                guard facts[owner].country == nil, !isInsideMention(token, mentions), isVenue(token),
                    case .country(let code, _) = article.input.places[number].entity
                else { continue }
                facts[owner].country = NamedCountry(code: code, range: range)
            case .demonym, .group: continue
            }
        }
    }

    /// "At the talks, the two sides reviewed their cooperation in 2022": a gathering already
    /// known, named as the setting at the head of its sentence, is not dated by what was said
    /// there. The token index of the comma that closes the setting, unless an apposition
    /// about the gathering itself follows it ("At the meeting, held on Friday, ...").
    private func settingEnd(of owner: Int, in mentions: [Mention]) -> Int? {
        let tokens = article.tokens
        let mention = mentions[owner]
        let sentence = article.sentenceTokens[mention.sentence]
        let comma = mention.phrase.upperBound
        guard mention.reference == .known, !mention.isBare, mention.ordinal == nil,
            mention.phrase.lowerBound - 2 == sentence.lowerBound, comma + 1 < sentence.upperBound,
            Keys.settingPrepositions.contains(tokens[sentence.lowerBound].key),
            tokens[comma].key == Keys.comma, !Keys.appositionOpeners.contains(tokens[comma + 1].key)
        else { return nil }
        return comma
    }

    /// How many tokens before a gathering's name a place may stand and still be its venue.
    static let placeReachBefore = 12

    /// Tokens between `index` and the phrase of `mention` (0 inside it).
    func distance(_ index: Int, _ phrase: Range<Int>) -> Int {
        Self.distance(index, phrase)
    }

    /// ``distance(_:_:)``, which needs no article.
    static func distance(_ index: Int, _ phrase: Range<Int>) -> Int {
        if index < phrase.lowerBound { return phrase.lowerBound - index }
        return index >= phrase.upperBound ? index - phrase.upperBound + 1 : 0
    }

    /// The index of the mention of `owners` closest to token `index`.
    func nearest(_ owners: ArraySlice<Int>, to index: Int, in mentions: [Mention]) -> Int {
        var best = owners[owners.startIndex]
        var bestDistance = Int.max
        for owner in owners {
            let distance = distance(index, mentions[owner].phrase)
            if distance < bestDistance {
                best = owner
                bestDistance = distance
            }
        }
        return best
    }

    /// "announced Wednesday", "said in a statement yesterday": the day of the report.
    func isReported(_ token: Int, _ cue: DateCue) -> Bool {
        if article.occurs(ContextCues.reportingVerbs, before: token, window: 4) { return true }
        let end = Article.tokenIndex(article.tokens, atByte: cue.range.upperBound)
        return article.occurs(ContextCues.reportingVerbs, after: end, window: 1)
    }

    /// "on Friday and Saturday": two days joined by "and" read as one range.
    private func pairedRange(_ cue: DateCue) -> DateCue {
        guard cue.end == nil, case .day(let first)? = cue.start,
            let index = article.dates.firstIndex(where: { $0.cue.range == cue.range }), index + 1 < article.dates.count
        else { return cue }
        let next = article.dates[index + 1]
        let afterFirst = Article.tokenIndex(article.tokens, atByte: cue.range.upperBound)
        guard next.token == afterFirst + 1, article.tokens[afterFirst].key == Keys.and,
            case .day(let second)? = next.cue.start, second > first, second.ordinal - first.ordinal <= 3
        else { return cue }
        var paired = cue
        paired.end = next.cue.start
        paired.range = cue.range.lowerBound..<next.cue.range.upperBound
        return paired
    }

    /// "BEIJING, Oct. 21 (Xinhua) --": the date of the dispatch at the head of a sentence.
    func isDateline(_ token: Int, _ cue: DateCue) -> Bool {
        let sentence = article.sentenceTokens[article.sentence(ofToken: token)]
        guard token - sentence.lowerBound <= 6 else { return false }
        let end = Article.tokenIndex(article.tokens, atByte: cue.range.upperBound)
        return end < sentence.upperBound && Keys.datelineMarks.contains(article.tokens[end].key)
    }

    /// A bare year ("Chair for 2022", "2023-2027") is no gathering's date; "in 2005" may be, and
    /// so may a year to come told in words ("to be held in China next year"), while "last
    /// year" and "this year" after a verb tell of other things ("the conference heard ... last year").
    private func isLooseYear(_ token: Int, _ cue: DateCue) -> Bool {
        guard case .year(let year)? = cue.start else { return false }
        if !(0x30...0x39).contains(article.input.text[cue.range.lowerBound]), let published = article.input.published,
            year > published.year
        {
            return false
        }
        return token == 0 || article.tokens[token - 1].key != Keys.in
    }

    /// "the fifth since the arrangement was launched in 2017", "a body set up in 2004": the date
    /// of a beginning the words after the mention tell, not of the gathering.
    private func datesSomethingElse(_ token: Int, after head: Int) -> Bool {
        guard token > head else { return false }
        let sinceWindow = min(6, token - head - 1)
        if sinceWindow > 0, article.occurs(ContextCues.since, before: token, window: sinceWindow) { return true }
        return article.occurs(ContextCues.foundingVerbs, before: token, window: 3)
    }

    /// Start or end by the nearest opening or closing word around the date ("which opened
    /// yesterday and ends today": yesterday opened it, today ends it), else plain.
    private func role(
        of token: Int, cue: DateCue, mention owner: Int, in mentions: [Mention]
    ) -> LocalFacts.DateRole {
        if cue.end != nil { return .single }
        let (phrase, head) = (mentions[owner].phrase, mentions[owner].head)
        let end = Article.tokenIndex(article.tokens, atByte: cue.range.upperBound)
        // "which wrapped up at a Bangkok hotel yesterday": the verb may stand a few words back.
        let startDistance = min(
            article.distance(to: ContextCues.startVerbs, before: token, window: 9),
            article.distance(to: ContextCues.startVerbs, after: end, window: 2))
        let endDistance = min(
            article.distance(to: ContextCues.endVerbs, before: token, window: 9),
            article.distance(to: ContextCues.endVerbs, after: end, window: 2))
        if endDistance < startDistance { return .end }
        if startDistance < endDistance { return .start }
        // "opened a conference ... here on Tuesday", "on Saturday ... at the close of a two-day
        // dialogue": a verb before the gathering dates it when the date is close by.
        let between = min(token, head)..<max(token, head)
        let quoted = article.tokens[between].contains { $0.key == Keys.quote }
        guard distance(token, phrase) <= (quoted ? 8 : 25) else { return .single }
        if article.occurs(ContextCues.startVerbs, before: phrase.lowerBound, window: 3) { return .start }
        if article.occurs(ContextCues.endVerbs, before: phrase.lowerBound, window: 3) { return .end }
        // "The 17th meeting opened in Labuan Bajo, East Nusa Tenggara, on Monday".
        if token >= phrase.upperBound {
            if article.occurs(ContextCues.startVerbs, after: phrase.upperBound, window: 3) { return .start }
            if article.occurs(ContextCues.endVerbs, after: phrase.upperBound, window: 3) { return .end }
        }
        return .single
    }

    /// A place right after "in", "at", "held in" and not after "returning to" or "from".
    func isVenue(_ token: Int) -> Bool {
        let next = token + 1  // the token after the place name's first
        if ContextCues.hostVerbs.match(article.tokens, at: next + 1) != nil
            || ContextCues.hostVerbs.match(article.tokens, at: next) != nil
        {
            return true
        }
        guard token > 0 else { return false }
        if article.tokens[token - 1].key == Keys.to, article.occurs(ContextCues.travel, before: token - 1, window: 5) {
            return true
        }
        // "is scheduled to visit Manila next month for talks".
        if ContextCues.visitVerbs.match(article.tokens, endingAt: token, window: 1) != nil { return true }
        if article.occurs(ContextCues.notVenue, before: token, window: 2) { return false }
        if ContextCues.venuePrepositions.match(article.tokens, endingAt: token, window: 2) != nil { return true }
        // "in the northern Thai city of Chiang Mai", "at the resort town of Nusa Dua".
        if token >= 2, article.tokens[token - 1].key == Keys.of,
            ContextCues.settlementNouns.match(article.tokens, at: token - 2) != nil
        {
            return article.occurs(ContextCues.venuePrepositions, before: token - 2, window: 5)
        }
        // "in Lianyungang, East China's Jiangsu Province" / "at Subic Bay, in the city of Olongapo".
        return article.occurs(ContextCues.venuePrepositions, before: token, window: 5)
            && article.tokens[token - 1].key != Keys.comma
    }

    /// "Subic Bay": a place name that ends a longer capitalised name is not that place.
    func continuesName(_ token: Int) -> Bool {
        guard token > 0, article.sentence(ofToken: token - 1) == article.sentence(ofToken: token) else { return false }
        let previous = article.tokens[token - 1]
        return previous.isWord && previous.isCapitalized
            && article.sentenceTokens[article.sentence(ofToken: token)].lowerBound != token - 1
    }

    /// "the Shangri-La Hotel", "Kunming International Airport": a building named after a place.
    func namesBuilding(_ next: Int) -> Bool {
        next < article.tokens.count && article.tokens[next].isCapitalized
            && ContextCues.buildingNouns.match(article.tokens, at: next) != nil
    }

    /// "Kuala Lumpur Convention Centre", "Hanoi International Convention Center": a hall in
    /// the city named, ending the capitalised name that starts at `next`.
    func isVenueBuilding(after next: Int) -> Bool {
        var last = next
        while last + 1 < min(article.tokens.count, next + 4), article.tokens[last + 1].isCapitalized { last += 1 }
        guard last < article.tokens.count, article.tokens[last].isCapitalized,
            ContextCues.venueBuildings.match(article.tokens, at: last) != nil
        else { return false }
        return !(next..<last).contains { ContextCues.sitesAwayFromCity.match(article.tokens, at: $0) != nil }
    }

    /// "in Svay Rieng and Takeo provinces": the names are of provinces, not of their towns.
    func namesProvinces(after next: Int) -> Bool {
        let tokens = article.tokens
        guard next < tokens.count else { return false }
        if ContextCues.regionPlurals.match(tokens, at: next) != nil { return true }
        guard tokens[next].key == Keys.and else { return false }
        var index = next + 1
        while index < min(tokens.count, next + 5), tokens[index].isCapitalized { index += 1 }
        return index > next + 1 && index < tokens.count && ContextCues.regionPlurals.match(tokens, at: index) != nil
    }

    /// "Subic Bay", "Kunming International Airport": a place in the named city's country.
    func namesPlace(_ next: Int) -> Bool {
        next < article.tokens.count && article.tokens[next].isCapitalized
            && ContextCues.sitesNamedAfterCity.match(article.tokens, at: next) != nil
    }

    private func isInsideMention(_ token: Int, _ mentions: [Mention]) -> Bool {
        mentions.contains { $0.phrase.contains(token) }
    }

    private func hereToken(in sentence: Range<Int>) -> Int? {
        let here = Keys.here
        return sentence.first { article.tokens[$0].key == here }
    }
}
