import Testing

@testable import Extraction

@Suite("Mention finder")
struct MentionFinderTests {
    /// The mentions the finder returns for one sentence, with the article they index into.
    private func found(_ sentence: String) -> (article: Article, mentions: [Mention]) {
        let text = Array(sentence.utf8)
        let article = Article(
            MeetingInput(text: text, sentences: [0..<text.count], title: nil, published: nil, dateline: nil))
        let mentions = MentionFinder(
            tokens: article.tokens, text: text, sentenceOf: article.sentenceOf,
            sentenceTokens: article.sentenceTokens,
            sentenceCues: article.sentenceCues, titleTokens: nil, isProse: article.isProse
        ).mentions().mentions
        return (article, mentions)
    }

    /// The mentions of one sentence as "kind:phrase" (generic nouns as "-:phrase").
    private func mentions(_ sentence: String) -> [String] {
        let (article, mentions) = found(sentence)
        return mentions.filter { !$0.isVerb }.map {
            "\($0.kind?.rawValue ?? "-"):\(article.text(article.byteRange($0.phrase)))"
        }
    }

    @Test(
        "the head noun gives the kind, with its modifiers and title",
        arguments: [
            ("Ministers attended a two-day ministerial meeting on drugs.", ["meeting:two-day ministerial meeting"]),
            (
                "They opened the Regional Police Cooperation Dialogue on Friday.",
                ["dialogue:Regional Police Cooperation Dialogue"]
            ),
            ("Police chiefs held talks in Hanoi.", ["talks:talks"]),
            ("They held a video conference on Monday.", ["conference:video conference"]),
            (
                "It was signed at the first Joint Ministerial Meeting on Border Crime (JMMBC) consultation.",
                ["consultation:first Joint Ministerial Meeting on Border Crime (JMMBC) consultation"]
            ),
            ("A training course for border police opened on Monday.", ["training:training course"]),
            ("They held two-day counter-terrorism talks.", ["talks:two-day counter-terrorism talks"]),
            ("At Thursday's meeting, officials agreed.", ["meeting:meeting"]),
            ("Their last meeting was in Kunming.", ["meeting:last meeting"]),
            ("The next round of talks will be held in Hanoi.", ["talks:next round of talks"]),
            ("They held a first round of consultations in Beijing.", ["consultation:first round of consultations"]),
            ("The two ministries hold regular consultations.", []),
            ("Police officials held a working meeting in Phnom Penh.", ["meeting:working meeting"]),
            (
                "It was the ninth round of Russian-Chinese consultations on security.",
                ["consultation:ninth round of Russian-Chinese consultations"]
            ),
            ("Officers completed a three-week course on counter-terrorism.", ["training:three-week course"]),
            ("The last such meeting was held in Atambua.", ["meeting:last such meeting"]),
            ("A pre-meeting of senior officials is set for Tuesday.", ["meeting:pre-meeting"]),
            (
                "They will meet at the 11th AMMTC Plus Three Consultation in Brunei.",
                ["consultation:11th AMMTC Plus Three Consultation"]
            ),
        ])
    func kinds(sentence: String, expected: [String]) {
        #expect(mentions(sentence) == expected, "in: \(sentence)")
    }

    @Test(
        "plurals, compounds, the verb 'talks' and a mode of meeting name no gathering",
        arguments: [
            "Meetings will continue as they should.",
            "The two countries became dialogue partners in 1991.",
            "The framework now talks of a new centre in the region.",
            "The session was held by video conference with all members.",
            "The two police forces hold regular talks under the mechanism.",
        ])
    func notMentions(sentence: String) {
        #expect(mentions(sentence).allSatisfy { $0.hasPrefix("-:") }, "in: \(sentence)")
    }

    @Test(
        "a press conference, a one-service work conference and an example of a channel are never counted",
        arguments: [
            "The police chief told a press conference in Bangkok.",
            "The annual public security work conference opened in Kunming.",
            "It complements existing channels such as the ASEAN Chiefs of Police Conference.",
        ])
    func excludedCompounds(sentence: String) {
        let mentions = found(sentence).mentions
        #expect(mentions.count == 1, "in: \(sentence)")
        #expect(mentions.first?.isExcludedEvent == true, "in: \(sentence)")
    }

    @Test(
        "one service's gatherings and gatherings with no security purpose are marked",
        arguments: [
            "The governor chaired a meeting of provincial police and soldiers.",
            "The annual inter-agency coordination meeting reviewed drug cases.",
            "A Lao-Thai tourism forum ended on Wednesday.",
        ])
    func internalOrNonSecurity(sentence: String) {
        let mention = found(sentence).mentions.first
        #expect(mention?.isInternal == true || mention?.isNonSecurity == true, "in: \(sentence)")
    }

    @Test("each mention's title words and modifiers stand in the one list of keys, in text order")
    func keys() {
        let text = Array(
            "Ministers attended a two-day ministerial meeting. They opened the Regional Police Dialogue.".utf8)
        let article = Article(
            MeetingInput(
                text: text, sentences: [0..<49, 50..<text.count], title: nil, published: nil, dateline: nil))
        let found = MentionFinder(
            tokens: article.tokens, text: text, sentenceOf: article.sentenceOf,
            sentenceTokens: article.sentenceTokens,
            sentenceCues: article.sentenceCues, titleTokens: nil, isProse: article.isProse
        ).mentions()
        let keys = { (words: [String]) in words.map(Tokenizer.key) }
        #expect(found.mentions.count == 2)
        guard found.mentions.count == 2 else { return }
        let (meeting, dialogue) = (found.mentions[0], found.mentions[1])
        #expect(Array(found.keys[meeting.nameKeys]).isEmpty)
        #expect(Array(found.keys[meeting.modifierKeys]) == keys(["two", "day", "ministerial"]))
        #expect(Array(found.keys[dialogue.nameKeys]) == keys(["Regional", "Police"]))
        #expect(Array(found.keys[dialogue.modifierKeys]).isEmpty)
        #expect(dialogue.reference == .named)
    }

    @Test("headlines and menus (no final stop) hold no mentions")
    func headlines() {
        #expect(mentions("Ministers to hold security meeting in Vientiane next week").isEmpty)
    }
}
