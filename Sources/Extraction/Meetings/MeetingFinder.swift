/// Finds the security-cooperation gatherings an article reports and fills every field,
/// each value with the words that support it.
///
/// The stages, in order: mentions of gatherings (`MentionFinder`), what the words around each
/// mention say (`LocalFactReader`), which mentions are one gathering (`Coreference`), which
/// sentences speak of which gathering (`SentenceRoles`), who takes part (`Participants`), then
/// one `GatheringBuilder` per gathering that keeps it only if it passes `Exclusions`.
struct MeetingFinder: Sendable {
    func meetings(in input: MeetingInput) -> [Meeting] {
        let article = Article(input)
        let mentions = MentionFinder(
            tokens: article.tokens, text: input.text, sentenceOf: article.sentenceOf,
            sentenceStarts: article.sentenceTokens.map(\.lowerBound), titleTokens: article.titleTokens,
            isProse: article.isProse
        ).mentions()
        guard !mentions.isEmpty else { return [] }
        var facts = LocalFactReader(article: article).facts(for: mentions)
        let resolved = Self.resolveDates(mentions, &facts, article)
        let windows = mentions.indices.map { facts[$0].window(start: resolved[$0]) }
        let clusters = Coreference(mentions: mentions, facts: facts, windows: windows).clusters()
        var dates = clusters.indices.map { number in
            DateAttribution(
                article: article, mentions: mentions, facts: facts, resolved: resolved, members: clusters[number],
                isFirst: number == 0
            ).dates()
        }
        Self.lendSettingDates(&dates, clusters: clusters, mentions: mentions, article: article)
        let context = GatheringContext(
            article: article, mentions: mentions, facts: facts, resolved: resolved, clusters: clusters,
            dates: dates,
            roles: SentenceRoles(
                article: article, mentions: mentions, clusters: clusters, starts: dates.map(\.start)))
        var found: [Meeting] = []
        for number in clusters.indices {
            let builder = GatheringBuilder(
                context: context, cluster: number, previousParties: found.last?.countries ?? [],
                previousKind: found.last?.kind)
            if let meeting = builder.meeting() { found.append(meeting) }
        }
        return Self.mergingRepeats(found)
    }

    /// Anchors "the day before" to the gathering named beside it, and lends a meeting "on the
    /// sidelines of" another that one's date and city.
    private static func resolveDates(_ mentions: [Mention], _ facts: inout [LocalFacts], _ article: Article)
        -> [PartialDate?]
    {
        var resolved = [PartialDate?](repeating: nil, count: mentions.count)
        for index in mentions.indices {
            guard let date = facts[index].date else { continue }
            if let offset = date.cue.anaphoricOffset {
                // The last gathering dated to the day ("the talks held in Hanoi in April 2022"
                // between them is no anchor).
                let anchor = (0..<index).reversed().lazy.compactMap { number -> Day? in
                    if case .day(let day)? = resolved[number] { return day }
                    return nil
                }.first
                if let anchor {
                    resolved[index] = .day(anchor.adding(days: offset))
                    continue
                }
            }
            resolved[index] = date.cue.start
        }
        for index in mentions.indices.dropLast() {
            let next = index + 1
            guard mentions[next].sentence == mentions[index].sentence,
                mentions[index].phrase.upperBound <= mentions[next].phrase.lowerBound,
                article.tokens[mentions[index].phrase.upperBound..<mentions[next].phrase.lowerBound]
                    .contains(where: { $0.key == Keys.sidelines })
            else { continue }
            if facts[index].date == nil, let date = facts[next].date {
                facts[index].date = LocalFacts.RoledDate(cue: date.cue, role: .single)
                resolved[index] = resolved[next]
            }
            if facts[index].city == nil { facts[index].city = facts[next].city }
        }
        return resolved
    }

    /// A gathering with no date of its own, named in a sentence with another named as its
    /// setting ("on the sidelines of the forum, ... held talks"), starts when that one starts
    /// (and ends then too when the setting lasted one day).
    private static func lendSettingDates(
        _ dates: inout [DateAttribution.Result], clusters: [[Int]], mentions: [Mention], article: Article
    ) {
        var clusterOf = [Int?](repeating: nil, count: mentions.count)
        for (number, cluster) in clusters.enumerated() { for member in cluster { clusterOf[member] = number } }
        for number in clusters.indices where dates[number].start == nil {
            let settings = Settings.of(
                number, clusters: clusters, clusterOf: clusterOf, mentions: mentions, article: article)
            guard let setting = settings.first(where: { dates[$0].start != nil }) else { continue }
            // Within a gathering of several days, the day of the side meeting is unknown.
            var lent = dates[setting]
            if lent.end != lent.start {
                lent.end = nil
                lent.endRange = nil
            }
            dates[number] = lent
        }
    }

    /// The same gathering found twice (an article printed twice): one entry with both lists.
    private static func mergingRepeats(_ meetings: [Meeting]) -> [Meeting] {
        var out: [Meeting] = []
        for meeting in meetings {
            if let same = out.firstIndex(where: {
                $0.kind == meeting.kind && $0.start == meeting.start && $0.end == meeting.end && $0.city == meeting.city
                    && $0.country == meeting.country && $0.name == meeting.name
            }) {
                var merged = out[same]
                merged.countries = (merged.countries + meeting.countries).sortedUnique()
                merged.organizations = (merged.organizations + meeting.organizations).sortedUnique()
                merged.topics = (merged.topics + meeting.topics).sortedUnique()
                merged.evidence += meeting.evidence.filter { !merged.evidence.contains($0) }
                out[same] = merged
            } else {
                out.append(meeting)
            }
        }
        return out
    }
}

/// Everything the per-gathering rules read, computed once per article.
final class GatheringContext: Sendable {
    let article: Article
    let mentions: [Mention]
    let facts: [LocalFacts]
    let resolved: [PartialDate?]
    let clusters: [[Int]]
    /// The start and end chosen for each gathering.
    let dates: [DateAttribution.Result]
    let roles: SentenceRoles
    /// The country lists of the article, read for the sentences some gathering reads.
    let participants: Participants
    /// The gathering of each mention, if it has one.
    let clusterOfMention: [Int?]
    /// Mentions that may own the words of each sentence (not excluded events).
    let owners: SentenceMentions

    init(
        article: Article, mentions: [Mention], facts: [LocalFacts], resolved: [PartialDate?], clusters: [[Int]],
        dates: [DateAttribution.Result], roles: SentenceRoles
    ) {
        self.article = article
        self.mentions = mentions
        self.facts = facts
        self.resolved = resolved
        self.clusters = clusters
        self.dates = dates
        self.roles = roles
        var clusterOfMention = [Int?](repeating: nil, count: mentions.count)
        for (number, cluster) in clusters.enumerated() {
            for mention in cluster { clusterOfMention[mention] = number }
        }
        self.clusterOfMention = clusterOfMention
        let owners = Self.owners(article, mentions, clusterOfMention)
        self.owners = owners
        participants = Participants(article: article, mentions: mentions) { sentence in
            !owners[sentence].isEmpty || roles.roles[sentence] != nil
        }
    }

    /// The mentions that may own the words of each sentence: those of a gathering, not excluded
    /// events. A gathering named as the setting of another ("on the sidelines of the forum, Thai
    /// and Lao police held talks") owns none of the sentence's words when the other is there.
    private static func owners(_ article: Article, _ mentions: [Mention], _ clusterOfMention: [Int?])
        -> SentenceMentions
    {
        let sentences = article.sentenceTokens.count
        func mayOwn(_ number: Int) -> Bool {
            clusterOfMention[number] != nil && !mentions[number].isExcludedEvent
                && mentions[number].sentence < sentences
        }
        var candidates = [Int](repeating: 0, count: sentences)
        for number in mentions.indices where mayOwn(number) { candidates[mentions[number].sentence] += 1 }
        // Per sentence of several candidates: which are settings, and how many are not.
        var isSetting = [Bool](repeating: false, count: mentions.count)
        var others = [Int](repeating: 0, count: sentences)
        for number in mentions.indices where mayOwn(number) && candidates[mentions[number].sentence] > 1 {
            isSetting[number] = article.occurs(
                ContextCues.settings, before: mentions[number].phrase.lowerBound, window: 4)
            if !isSetting[number] { others[mentions[number].sentence] += 1 }
        }
        return SentenceMentions(sentences: sentences, mentions: mentions) { number in
            mayOwn(number) && !(isSetting[number] && others[mentions[number].sentence] > 0)
        }
    }

    /// How the sentence holding `token` speaks of gathering `cluster`: in a sentence that
    /// mentions gatherings, the token belongs to the nearest mention's gathering.
    func role(of token: Int, for cluster: Int) -> SentenceRoles.Role? {
        let sentence = article.sentence(ofToken: token)
        let owners = self.owners[sentence]
        if !owners.isEmpty {
            let nearest = LocalFactReader(article: article).nearest(owners, to: token, in: mentions)
            return clusterOfMention[nearest] == cluster ? .mention : nil
        }
        guard let entry = roles.roles[sentence], entry.cluster == cluster else { return nil }
        return entry.role
    }
}
