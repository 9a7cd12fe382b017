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
        let named = MentionFinder(
            tokens: article.tokens, text: input.text, sentenceOf: article.sentenceOf,
            sentenceTokens: article.sentenceTokens,
            sentenceCues: article.sentenceCues, titleTokens: article.titleTokens,
            isProse: article.isProse
        ).mentions()
        let mentions = named.mentions
        guard !mentions.isEmpty else { return [] }
        let bySentence = SentenceMentions(sentences: article.sentenceTokens.count, mentions: mentions)
        var facts = LocalFactReader(article: article).facts(for: mentions, bySentence: bySentence)
        Self.resolveDates(mentions, &facts, article)
        for number in facts.indices { facts[number].days = facts[number].window(start: facts[number].resolved) }
        let (clusters, clusterOfMention) = Coreference(mentions: mentions, keys: named.keys, facts: facts).clusters()
        var dates = clusters.indices.map { number in
            DateAttribution(
                article: article, mentions: mentions, facts: facts, members: clusters[number],
                isFirst: number == 0
            ).dates()
        }
        Self.lendSettingDates(
            &dates, clusters: clusters, clusterOf: clusterOfMention, mentions: mentions, article: article)
        let context = GatheringContext(
            article: article, mentions: mentions, bySentence: bySentence, facts: facts, clusters: clusters,
            clusterOfMention: clusterOfMention, dates: dates,
            roles: SentenceRoles(
                article: article, mentions: mentions, bySentence: bySentence, clusters: clusters,
                clusterOfMention: clusterOfMention, dates: dates))
        var found: [Meeting] = []
        for number in clusters.indices {
            // The last meeting kept, read in place rather than copied whole.
            let last = found.indices.last
            let builder = GatheringBuilder(
                context: context, cluster: number, previousParties: last.map { found[$0].countries } ?? [],
                previousKind: last.map { found[$0].kind })
            if let meeting = builder.meeting() { found.append(meeting) }
        }
        return Self.mergingRepeats(found)
    }

    /// Sets each mention's resolved date: anchors "the day before" to the gathering named beside
    /// it, and lends a meeting "on the sidelines of" another that one's date and city.
    private static func resolveDates(_ mentions: [Mention], _ facts: inout [LocalFacts], _ article: Article) {
        for index in mentions.indices {
            guard let date = facts[index].date else { continue }
            if let offset = date.cue.anaphoricOffset {
                // The last gathering dated to the day ("the talks held in Hanoi in April 2022"
                // between them is no anchor).
                var anchor: Day?
                for number in (0..<index).reversed() {
                    if case .day(let day)? = facts[number].resolved {
                        anchor = day
                        break
                    }
                }
                if let anchor {
                    facts[index].resolved = .day(anchor.adding(days: offset))
                    continue
                }
            }
            facts[index].resolved = date.cue.start
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
                facts[index].resolved = facts[next].resolved
            }
            if facts[index].city == nil { facts[index].city = facts[next].city }
        }
    }

    /// A gathering with no date of its own, named in a sentence with another named as its
    /// setting ("on the sidelines of the forum, ... held talks"), starts when that one starts
    /// (and ends then too when the setting lasted one day).
    private static func lendSettingDates(
        _ dates: inout [DateAttribution.Result], clusters: [[Int]], clusterOf: [Int?], mentions: [Mention],
        article: Article
    ) {
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
        guard meetings.count > 1 else { return meetings }
        var out: [Meeting] = []
        out.reserveCapacity(meetings.count)
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
    /// The mentions of each sentence.
    let bySentence: SentenceMentions
    let facts: [LocalFacts]
    let clusters: [[Int]]
    /// The start and end chosen for each gathering.
    let dates: [DateAttribution.Result]
    let roles: SentenceRoles
    /// The country lists of the article, read for the sentences some gathering reads.
    let participants: Participants
    /// The gathering of each mention, if it has one.
    let clusterOfMention: [Int?]
    /// Whether each mention may own the words of its sentence (see `owns`).
    let isOwner: [Bool]

    init(
        article: Article, mentions: [Mention], bySentence: SentenceMentions, facts: [LocalFacts],
        clusters: [[Int]], clusterOfMention: [Int?], dates: [DateAttribution.Result],
        roles: SentenceRoles
    ) {
        self.article = article
        self.mentions = mentions
        self.bySentence = bySentence
        self.facts = facts
        self.clusters = clusters
        self.dates = dates
        self.roles = roles
        self.clusterOfMention = clusterOfMention
        let isOwner = Self.owns(article, mentions, bySentence, clusterOfMention)
        self.isOwner = isOwner
        participants = Participants(article: article, mentions: mentions) { sentence in
            roles.roles[sentence] != nil || bySentence[sentence].contains { isOwner[$0] }
        }
    }

    /// Which mentions may own the words of their sentence: those of a gathering, not excluded
    /// events. A gathering named as the setting of another ("on the sidelines of the forum, Thai
    /// and Lao police held talks") owns none of the sentence's words when the other is there.
    private static func owns(
        _ article: Article, _ mentions: [Mention], _ bySentence: SentenceMentions, _ clusterOfMention: [Int?]
    ) -> [Bool] {
        var isOwner = [Bool](filledWith: false, count: mentions.count)
        func isSetting(_ number: Int) -> Bool {
            article.occurs(ContextCues.settings, before: mentions[number].phrase.lowerBound, window: 4)
        }
        for sentence in article.sentenceTokens.indices {
            var owners = 0
            for number in bySentence[sentence]
            where clusterOfMention[number] != nil && !mentions[number].isExcludedEvent {
                isOwner[number] = true
                owners += 1
            }
            guard owners > 1, bySentence[sentence].contains(where: { isOwner[$0] && !isSetting($0) }) else { continue }
            for number in bySentence[sentence] where isOwner[number] && isSetting(number) { isOwner[number] = false }
        }
        return isOwner
    }

    /// How the sentence holding `token` speaks of gathering `cluster`: in a sentence that
    /// mentions gatherings, the token belongs to the nearest mention's gathering.
    func role(of token: Int, for cluster: Int) -> SentenceRoles.Role? {
        let sentence = article.sentence(ofToken: token)
        if let nearest = nearestOwner(to: token, inSentence: sentence) {
            return clusterOfMention[nearest] == cluster ? .mention : nil
        }
        guard let entry = roles.roles[sentence], entry.cluster == cluster else { return nil }
        return entry.role
    }

    /// The mention of sentence `sentence` that owns its words closest to token `token`, if any.
    private func nearestOwner(to token: Int, inSentence sentence: Int) -> Int? {
        var best: Int?
        var bestDistance = Int.max
        for number in bySentence[sentence] where isOwner[number] {
            let distance = LocalFactReader.distance(token, mentions[number].phrase)
            if distance < bestDistance {
                best = number
                bestDistance = distance
            }
        }
        return best
    }
}
