/// Collects what a gathering discussed and which organisations took part in it.
///
/// A topic counts when a sentence that mentions the gathering names it, or a sentence that
/// reports what was agreed, discussed or said there does and is not background (a sentence
/// that opens with "Since" or "Last month", or dates itself before the gathering). An
/// organisation counts when a sentence that mentions the gathering names it, or one that
/// reports attendance ("representatives of Interpol also attended") does.
struct AgendaAttribution: Sendable {
    let context: GatheringContext
    let cluster: Int

    func topics(window: ClosedRange<Day>?) -> SupportedValues {
        var out = SupportedValues()
        // Whether the sentence of the topics before counts its outcome topics: topics come in
        // text order, often several to a sentence.
        var last: (sentence: Int, counts: Bool)?
        let ids = context.article.input.topics
        for (number, entry) in context.article.topics.enumerated() where !out.contains(ids[number].id) {
            guard let role = context.role(of: entry.token, for: cluster) else { continue }
            if isPlace(entry.token) { continue }
            if role != .mention {
                let sentence = context.article.sentence(ofToken: entry.token)
                if last?.sentence != sentence {
                    last = (sentence, reportsAgenda(sentence) && !isBackground(sentence, window))
                }
                if last?.counts == false { continue }
            }
            out.add(ids[number].id, entry.cue)
        }
        return out
    }

    func organizations() -> SupportedValues {
        var out = SupportedValues()
        let article = context.article
        let ids = article.input.organizations
        for (number, entry) in article.organizations.enumerated() where !out.contains(ids[number].id) {
            guard let role = context.role(of: entry.token, for: cluster) else { continue }
            if role != .mention,
                !article.occurs(ContextCues.attendance, inSentence: article.sentence(ofToken: entry.token))
            {
                continue
            }
            out.add(ids[number].id, entry.cue)
        }
        return out
    }

    /// "gangs in the border areas": a topic word used as the place where crime happens.
    private func isPlace(_ token: Int) -> Bool {
        let article = context.article
        guard ContextCues.placeLikeTopics.match(article.tokens, at: token) != nil else { return false }
        var before = token
        if before > 0, Keys.determiners.contains(article.tokens[before - 1].key) { before -= 1 }
        return ContextCues.placePrepositions.match(article.tokens, endingAt: before, window: 2) != nil
    }

    private func reportsAgenda(_ sentence: Int) -> Bool {
        context.article.occurs(ContextCues.agenda, inSentence: sentence)
            || context.article.occurs(ContextCues.speech, inSentence: sentence)
    }

    /// A year written before a capitalised name: "the 2008 Beijing Olympic Games".
    private func isEventYear(_ entry: Anchored<DateCue>) -> Bool {
        let tokens = context.article.tokens
        guard case .year? = entry.cue.start, entry.cue.range.count == 4, entry.token + 1 < tokens.count else {
            return false
        }
        return tokens[entry.token + 1].isCapitalized && tokens[entry.token + 1].isWord
    }

    /// Whether a sentence that does not mention the gathering tells of other times: it opens
    /// with a background cue ("Since", "Last month") or dates itself before the gathering.
    func isBackground(_ sentence: Int, _ window: ClosedRange<Day>?) -> Bool {
        let article = context.article
        let tokens = article.sentenceTokens[sentence]
        guard !tokens.isEmpty else { return false }
        if ContextCues.background.match(article.tokens, at: tokens.lowerBound) != nil { return true }
        let reader = LocalFactReader(article: article)
        for entry in article.dates(inSentence: sentence) {
            guard let start = entry.cue.start, !reader.isReported(entry.token, entry.cue),
                !reader.isDateline(entry.token, entry.cue)
            else { continue }
            // "the 2018 FIFA World Cup": a year naming an event dates nothing.
            if isEventYear(entry) { continue }
            guard let window else { return true }
            // A day either side: "yesterday's talks" reported the morning after. A later date
            // is what was planned there ("agreed to launch joint patrols next month").
            if start.lastDay.adding(days: 1) < window.lowerBound { return true }
        }
        return false
    }
}
