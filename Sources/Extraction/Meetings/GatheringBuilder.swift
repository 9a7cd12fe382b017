/// Fills the fields of one gathering from its mentions and the sentences about it, and keeps
/// it only when it is a specific security-cooperation gathering of two or more parties.
struct GatheringBuilder: Sendable {
    let context: GatheringContext
    let cluster: Int
    /// The participants of the gathering kept just before this one: "their last meeting"
    /// recalls a gathering of the same parties.
    var previousParties: [String] = []
    /// The kind of that gathering: "the first meeting of the committee" after a meeting of it
    /// is another occurrence of the same series, with the same parties.
    var previousKind: MeetingKind?

    private var article: Article { context.article }
    private var members: [Int] { context.clusters[cluster] }

    func meeting() -> Meeting? {
        let mentions = members.lazy.map { context.mentions[$0] }
        if Exclusions.isExcluded(mentions) { return nil }
        let lead =
            mentions.first { $0.reference == .named } ?? mentions.first { $0.kind != nil }
            ?? mentions[mentions.startIndex]
        // "Police chiefs of four countries will meet in Chiang Saen": a gathering told only by
        // its verb is a meeting (or a signing: "signed a memorandum"), with no title.
        guard let kind = lead.kind ?? (lead.isVerb ? (lead.signs ? .signing : .meeting) : nil) else { return nil }

        let dates = context.dates[cluster]
        let published = article.input.published
        let status = Self.status(
            start: dates.start, published: published, future: members.first.map { context.facts[$0].isFuture } ?? false)

        var venue = VenueAttribution(context: context, cluster: cluster).venue()
        // "On the sidelines of the dialogue, the two ministers held talks": where the setting was.
        if venue.city == nil, venue.country == nil,
            let setting = Settings.of(
                cluster, clusters: context.clusters, clusterOf: context.clusterOfMention, mentions: context.mentions,
                article: article
            ).first
        {
            venue = VenueAttribution(context: context, cluster: setting).venue()
        }

        let day = dates.start?.firstDay ?? published
        var countries = PartyAttribution(context: context, cluster: cluster).countries(on: day, window: dates.window)
        let placed = dates.start != nil || venue.city != nil || venue.country != nil
        // Another occurrence of the gathering before ("their last meeting", "the next annual
        // meeting") is as much about security as that one, whoever the words name as parties.
        let series = sameParties(as: lead, kind: kind, placed: placed)
        let shared = countries.count < 2 ? series ?? visitCall(lead, countries) : nil
        if let shared {
            for code in previousParties { countries.add(code, shared) }
        }
        if let host = venue.country { countries.add(host.code, host.range) }
        let organizations = AgendaAttribution(context: context, cluster: cluster).organizations()
        let topics = AgendaAttribution(context: context, cluster: cluster).topics(window: dates.window)

        let specific =
            dates.start != nil || venue.city != nil || venue.country != nil || mentions.contains { $0.ordinal != nil }
            || members.contains { context.facts[$0].isOccurrence }
        let secure =
            !topics.isEmpty || mentions.contains { $0.hasSecurityWord } || Exclusions.mentionsSecurity(members, context)
            || ((shared != nil || series != nil) && !previousParties.isEmpty)
        let parties = countries.count >= 2 || (countries.count == 1 && !organizations.isEmpty)
        guard specific, secure, parties, !isRecalledSigning(lead, start: dates.start, venue: venue) else { return nil }

        let nameRange = article.byteRange(lead.phrase)
        let name = lead.isVerb || lead.isElliptical ? nil : article.text(nameRange)
        // Evidence is listed field by field, each list in value order.
        var evidence = EvidenceList(article: article, count: 7 + countries.count + organizations.count + topics.count)
        if let name { evidence.add(.name, name, nameRange, text: name) }
        evidence.add(.kind, kind.rawValue, article.tokens[lead.head].range)
        if let range = dates.startRange { evidence.add(.status, status.rawValue, range) }
        if let start = dates.start, let range = dates.startRange { evidence.add(.start, start.description, range) }
        if let end = dates.end, let range = dates.endRange ?? dates.startRange {
            evidence.add(.end, end.description, range)
        }
        if let city = venue.city { evidence.add(.city, city.city.name, city.range) }
        if let country = venue.country { evidence.add(.country, country.code, country.range) }
        for entry in countries.entries { evidence.add(.countries, entry.value, entry.range) }
        for entry in organizations.entries { evidence.add(.organizations, entry.value, entry.range) }
        for entry in topics.entries { evidence.add(.topics, entry.value, entry.range) }
        var meeting = Meeting(
            name: name, kind: kind, status: status, start: dates.start, end: dates.end,
            city: venue.city?.city.name, country: venue.country?.code, evidence: evidence.items)
        // The lists are in value order without repeats already.
        meeting.countries = countries.values
        meeting.organizations = organizations.values
        meeting.topics = topics.values
        return meeting
    }

    /// Held when it began on or before publication; scheduled when after. Without a date, or when
    /// only the month or year is known and it contains publication day, the tense decides.
    static func status(start: PartialDate?, published: Day?, future: Bool) -> MeetingStatus {
        guard let start, let published else { return future ? .scheduled : .held }
        if start.firstDay > published { return .scheduled }
        if start.lastDay < published || start.precision == 2 { return .held }
        return future ? .scheduled : .held
    }

    /// The byte range of the words that say the gathering has the parties of the one before
    /// it: "their" right before the mention's phrase ("their last meeting"), or the phrase of
    /// another numbered occurrence of the same kind ("the first meeting of the committee was
    /// held in 2017"). (A bare "the next meeting", agreed on but not yet set, is left out, as
    /// the annotation leaves it out; "the next round of talks will be held in Yangon in June",
    /// with a date or a venue of its own, is the parties' next occurrence.)
    private func sameParties(as mention: Mention, kind: MeetingKind, placed: Bool) -> Range<Int>? {
        let index = mention.phrase.lowerBound - 1
        if index >= 0, article.sentenceOf[index] == mention.sentence,
            MeetingNouns.sharedPossessives.match(article.tokens, at: index)?.length == 1
        {
            return article.tokens[index].range
        }
        guard let ordinal = mention.ordinal, let previousKind else { return nil }
        if ordinal == 0 {
            guard placed, Self.sameSeries(kind, previousKind) else { return nil }
        } else if kind != previousKind {
            return nil
        }
        return article.byteRange(mention.phrase)
    }

    /// "The two countries signed a border agreement in 2019": a signing told only by its verb,
    /// with neither a day nor a city, is a fact recalled, not an occasion reported.
    private func isRecalledSigning(_ lead: Mention, start: PartialDate?, venue: VenueAttribution.Result) -> Bool {
        guard lead.isVerb, lead.signs, venue.city == nil else { return false }
        if case .day? = start { return false }
        return true
    }

    /// "paid a courtesy call on the Lao prime minister" after talks of Laos and Vietnam: a call
    /// during the visit, on one party of the gathering before, is made by the other.
    private func visitCall(_ mention: Mention, _ countries: SupportedValues) -> Range<Int>? {
        guard countries.count == 1, let host = countries.values.first, previousParties.contains(host),
            MeetingNouns.visitCalls.occurs(in: article.tokens, mention.phrase)
        else { return nil }
        return article.byteRange(mention.phrase)
    }

    /// Whether a "next" gathering of `kind` continues a series of `previous` ones: the same
    /// kind, or talks, meetings, consultations and dialogues, which news names one another by.
    private static func sameSeries(_ kind: MeetingKind, _ previous: MeetingKind) -> Bool {
        kind == previous || (kind.isConversational && previous.isConversational)
    }
}

/// The evidence of one meeting, built in order; neighbours that cite the same words ("China,
/// Laos and Thailand" for each of the three) share one text and one span.
private struct EvidenceList {
    let article: Article
    private(set) var items: [Evidence] = []
    private var last: (range: Range<Int>, text: String, span: Span)?

    init(article: Article, count: Int) {
        self.article = article
        items.reserveCapacity(count)
    }

    /// Adds the evidence of `value` for `field`, the words at `range`; `text` when they are
    /// already known.
    mutating func add(_ field: MeetingField, _ value: String, _ range: Range<Int>, text: String? = nil) {
        let cited: (range: Range<Int>, text: String, span: Span)
        if let last, last.range == range {
            cited = last
        } else {
            cited = (range, text ?? article.text(range), article.input.sourceSpan(range))
            last = cited
        }
        items.append(Evidence(field: field, value: value, text: cited.text, span: cited.span))
    }
}
