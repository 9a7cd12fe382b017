/// Which gathering each sentence speaks of, and how closely.
///
/// A sentence that mentions a gathering is about it (`mention`). A sentence after it, before
/// any other gathering is mentioned, that reports what was agreed or said there is about it too
/// (`follow-up`), and so is a lead sentence before the first mention that says what was agreed
/// (`lead`): wire copy opens with the outcome and names the meeting in the next sentence.
struct SentenceRoles: Sendable {
    enum Role: Sendable, Equatable {
        case mention
        case followUp
        case lead
    }

    /// For each sentence: the gathering it belongs to and how, or `nil`.
    let roles: [(cluster: Int, role: Role)?]
    /// The first sentence of the body (after the headline).
    let leadSentence: Int?

    /// Sentences of follow-up reach back at most this many sentences to the last mention.
    static let reach = 5

    /// Sentences before the first mention are its lead when they are among the body's first this
    /// many: a story may tell who will attend and what they will discuss before naming the talks.
    static let leadReach = 6

    /// A gathering that began this many days or more before the one in focus is history: a
    /// sentence that recalls it does not move the focus away ("recalled the declaration adopted
    /// at the 2002 summit").
    static let historyDays = 30

    /// Reads the roles; `bySentence` groups the mentions by sentence, `clusterOfMention` gives
    /// each mention's gathering, `dates` each gathering's start and end.
    init(
        article: Article, mentions: [Mention], bySentence: SentenceMentions, clusters: [[Int]],
        clusterOfMention: [Int?], dates: [DateAttribution.Result]
    ) {
        let count = article.sentenceTokens.count
        var roles = [(cluster: Int, role: Role)?](filledWith: nil, count: count)
        let bodyStart = article.leadSentence ?? count
        let firstMentionSentence = clusters.first.map { mentions[$0[0]].sentence }
        // Counted in prose sentences, so numbered paragraph marks ("4.") do not use up the reach.
        var current: (cluster: Int, sentence: Int)?
        var prose = 0
        let agenda = ContextCues.agenda
        let (speech, attendance) = (ContextCues.speech, ContextCues.attendance)
        for sentence in 0..<count where sentence >= bodyStart && article.isProse[sentence] {
            prose += 1
            if let cluster = Self.lastNamed(in: bySentence[sentence], article, mentions, clusterOfMention) {
                roles[sentence] = (cluster, .mention)
                if let focus = current, let older = dates[cluster].start, let newer = dates[focus.cluster].start,
                    older.lastDay.ordinal + Self.historyDays < newer.firstDay.ordinal
                {
                    current = (focus.cluster, prose)
                } else {
                    current = (cluster, prose)
                }
                continue
            }
            // Only a sentence in reach of a gathering, or a lead before the first, is read for cues.
            let role: (cluster: Int, role: Role)
            if let current {
                guard prose - current.sentence <= Self.reach else { continue }
                role = (current.cluster, .followUp)
            } else {
                guard let firstMentionSentence, sentence < firstMentionSentence, sentence - bodyStart < Self.leadReach
                else {
                    continue
                }
                role = (0, .lead)
            }
            let tokens = article.sentenceTokens[sentence]
            if !tokens.isEmpty,
                Self.reportsOutcome(agenda, speech, attendance, article, tokens)
            {
                roles[sentence] = role
                // An account of the gathering goes on from each sentence of it ("They also agreed ...").
                if role.role == .followUp { current = (role.cluster, prose) }
            }
        }
        self.roles = roles
        leadSentence = article.leadSentence
    }

    /// The gathering a sentence names last, of the mentions `numbers` of the sentence. A
    /// gathering named as the setting of another ("on the sidelines of the Forum") does not take
    /// the focus from it.
    private static func lastNamed(
        in numbers: ArraySlice<Int>, _ article: Article, _ mentions: [Mention], _ clusterOfMention: [Int?]
    ) -> Int? {
        var last: Int?
        for number in numbers {
            let isSetting =
                last != nil
                && article.occurs(ContextCues.settings, before: mentions[number].phrase.lowerBound, window: 4)
            if let cluster = clusterOfMention[number], !mentions[number].isExcludedEvent, !isSetting {
                last = cluster
            }
        }
        return last
    }

    /// Whether a phrase of `agenda`, `speech` or `attendance` starts in `range`, in one walk
    /// over the tokens that stops only at a token where one of the three may start.
    private static func reportsOutcome(
        _ agenda: PhraseSet, _ speech: PhraseSet, _ attendance: PhraseSet, _ article: Article, _ range: Range<Int>
    ) -> Bool {
        let tokens = article.tokens
        let bits = agenda.cue.bit | speech.cue.bit | attendance.cue.bit
        var index = firstCandidate(tokens, bits, from: range.lowerBound, to: range.upperBound)
        while index < range.upperBound {
            if agenda.match(tokens, at: index) != nil || speech.match(tokens, at: index) != nil
                || attendance.match(tokens, at: index) != nil
            {
                return true
            }
            index = firstCandidate(tokens, bits, from: index + 1, to: range.upperBound)
        }
        return false
    }

    /// The first token from `start` on, before `end`, that carries one of the cue bits `bits`;
    /// `end` when there is none. `0 <= start`, `end <= tokens.count`.
    private static func firstCandidate(_ tokens: [Token], _ bits: UInt64, from start: Int, to end: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var index = start
            while index < end, tokens[index].cues & bits == 0 { index &+= 1 }
            return index
        }
    }
}
