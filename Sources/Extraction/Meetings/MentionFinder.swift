/// Finds the noun phrases that name gatherings: the head noun from `MeetingNouns.kinds`, the
/// modifiers before it, a capitalised title around it and the determiner that opens it.
///
///     "at the 37th ASEAN Chiefs of Police (ASEANAPOL) Conference"  -> conference, named, ordinal 37
///     "a two-day ministerial meeting on law enforcement"           -> meeting, new
struct MentionFinder: Sendable {
    let tokens: [Token]
    let text: [UInt8]
    /// The sentence index of each token.
    let sentenceOf: [Int]
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// The cue classes of each sentence's tokens together (see `Article.sentenceCues`).
    let sentenceCues: [UInt64]
    let titleTokens: Range<Int>?
    /// Whether each sentence is prose (see `Article.isProse`); others hold no mentions.
    let isProse: [Bool]

    /// The mentions of an article, and the keys of their titles' words and modifiers in one
    /// list, which `Mention.nameKeys` and `Mention.modifierKeys` index (a list of keys for
    /// each mention would cost two arrays a mention).
    struct Found: Sendable {
        var mentions: [Mention] = []
        var keys: [UInt64] = []
    }

    func mentions() -> Found {
        // Room for the mentions and keys of most articles at once, rather than growing one by one.
        var out: [Mention] = []
        out.reserveCapacity(8)
        var keys: [UInt64] = []
        keys.reserveCapacity(32)
        let triggers = MeetingNouns.triggers
        var index = 0
        while index < tokens.count {
            if let titleTokens, titleTokens.contains(index) {
                index = titleTokens.upperBound
                continue
            }
            // The rest of the sentence, up to the title if it starts there.
            let sentence = sentenceOf[index]
            let start = sentenceTokens[sentence].lowerBound
            var end = sentence + 1 < sentenceTokens.count ? sentenceTokens[sentence + 1].lowerBound : tokens.count
            if let titleTokens, titleTokens.lowerBound > index { end = min(end, titleTokens.lowerBound) }
            // A sentence with no trigger's token holds no mention, unless one left out its noun
            // after "The".
            guard isProse[sentence], sentenceCues[sentence] & triggers.cue.bit != 0 || tokens[start].key == Keys.the
            else {
                index = end
                continue
            }
            // Only a trigger's token, or the second token for an elliptical mention, can open one.
            let second = start + 1
            while index < end {
                index = triggers.firstCandidate(in: tokens, from: index, to: index < second ? min(second, end) : end)
                guard index < end else { break }
                if let trigger = triggers.match(tokens, at: index),
                    let found = mention(at: index, trigger: trigger, keys: &keys)
                {
                    out.append(found.mention)
                    index = found.next
                } else if index == second, tokens[start].key == Keys.the,
                    let found = ellipticalMention(at: index, after: out)
                {
                    out.append(found.mention)
                    index = found.next
                } else {
                    index += 1
                }
            }
        }
        return Found(mentions: out, keys: keys)
    }

    /// The mention whose trigger starts at `index`, if the words around make one; its keys are
    /// added to `keys`.
    private func mention(
        at index: Int, trigger: (length: Int, value: MeetingNouns.Trigger), keys: inout [UInt64]
    ) -> (mention: Mention, next: Int)? {
        var kind: MeetingKind?
        var length = 1
        switch trigger.value {
        case .noun(let value):
            kind = value
            length = trigger.length
        case .acronym(let value):
            guard tokens[index].isCapitalized else { return nil }
            kind = value
        case .generic:
            kind = nil
        case .verb:
            return verbMention(at: index)
        }
        var headEnd = index + length
        // A title that runs on into a second head noun ("Meeting on Transnational Crime Plus China
        // (AMMTC+China) consultation") takes the last one as its head.
        var titleEnd = titleTail(from: headEnd)
        if kind != nil, titleEnd < tokens.count, let next = MeetingNouns.kinds.match(tokens, at: titleEnd),
            sentenceOf[titleEnd] == sentenceOf[index]
        {
            kind = next.value
            headEnd = titleEnd + next.length
            titleEnd = titleTail(from: headEnd)
        }
        // A plural names several gatherings ("regular meetings"), except "talks", "a round of
        // consultations" and "held consultations", which name one.
        if MeetingNouns.plurals.match(tokens, at: headEnd - 1)?.length == 1, kind != .talks,
            !MeetingNouns.occurrenceNouns.occurs(
                in: tokens, max(sentenceTokens[sentenceOf[index]].lowerBound, index - 6)..<index),
            kind != .consultation || MeetingNouns.holdingVerbs.match(tokens, endingAt: index, window: 2) == nil
        {
            return nil
        }
        // "meeting room", and after a few capitalised words "the AMMTC Plus Three format".
        var next = headEnd
        while next < min(headEnd + 3, tokens.count), tokens[next].isCapitalized, sentenceOf[next] == sentenceOf[index] {
            next += 1
        }
        if blocksCompound(at: headEnd, in: sentenceOf[index]) || blocksCompound(at: next, in: sentenceOf[index]) {
            return nil
        }
        if kind == .talks, isVerbUse(at: index) { return nil }
        // "which hold regular talks": a habit, not one occurrence.
        if index > 0, MeetingNouns.habitualModifiers.match(tokens, at: index - 1) != nil { return nil }
        let start = modifierStart(before: index)
        if start > 0, MeetingNouns.modeMarkers.match(tokens, at: start - 1)?.length == 1 {
            return nil
        }
        // "a three-week course": a course of stated length is a training course.
        if kind == nil, tokens[index].key == Keys.course,
            (start..<index).contains(where: { MeetingNouns.lengthUnits.match(tokens, at: $0) != nil })
        {
            kind = .training
        }
        let exampleFrom = max(sentenceTokens[sentenceOf[index]].lowerBound, start - 3)
        let excluded =
            MeetingNouns.excludedCompounds.match(tokens, endingAt: index, window: 2) != nil
            || (exampleFrom < start && MeetingNouns.examples.occurs(in: tokens, exampleFrom..<start))
        if kind == nil, start == index, !hasDeterminer(before: start) { return nil }
        if kind == nil, headEnd < tokens.count, tokens[headEnd].key == Keys.of { return nil }
        let headToken = headEnd - 1
        var mention = Mention(
            head: headToken, kind: kind, phrase: start..<max(titleEnd, headEnd), sentence: sentenceOf[index],
            reference: .new, ordinal: nil)
        describe(&mention, determinerEnd: start, keys: &keys)
        mention.isExcludedEvent = excluded
        let proposalFrom = max(sentenceTokens[sentenceOf[index]].lowerBound, start - 10)
        mention.isProposed = proposalFrom < start && MeetingNouns.proposals.occurs(in: tokens, proposalFrom..<start)
        let clauseStart = max(sentenceTokens[sentenceOf[index]].lowerBound, start - 8)
        mention.hostsSigning = MeetingNouns.signingVerbs.occurs(in: tokens, clauseStart..<start)
        return (mention, max(titleEnd, headEnd))
    }

    /// "Security ministers from four countries will meet": a verb whose subject names people.
    private func verbMention(at index: Int) -> (mention: Mention, next: Int)? {
        let sentence = sentenceOf[index]
        let from = max(sentenceTokens[sentence].lowerBound, index - 10)
        let signs = MeetingNouns.signingVerbs.match(tokens, at: index) != nil
        if signs {
            // "signed a memorandum of understanding", "the memorandum was signed at ...".
            let end = min(tokens.count, index + 5)
            guard
                MeetingNouns.signedDocuments.occurs(in: tokens, index + 1..<end)
                    || MeetingNouns.signedDocuments.occurs(in: tokens, max(from, index - 5)..<index)
            else { return nil }
            // "signed an MoU at the first consultation": the gathering named there is the one.
            if namesGatheringLater(after: index) { return nil }
        } else {
            guard from < index, ContextCues.participantNouns.occurs(in: tokens, from..<index) else { return nil }
            if MeetingNouns.receivingVerbs.match(tokens, at: index) != nil {
                let next = index + 1
                guard next < tokens.count, sentenceOf[next] == sentence,
                    tokens[next].isCapitalized || MeetingNouns.visitorOpeners.match(tokens, at: next) != nil
                else { return nil }
            }
        }
        var mention = Mention(
            head: index, kind: nil, phrase: index..<index + 1, sentence: sentence, reference: .new, ordinal: nil)
        mention.isVerb = true
        mention.signs = signs
        let clauseEnd = min(tokens.count, index + 8)
        // A signing "on the sidelines of the conference" is a side occasion of its own, and so is
        // a call told after "On the same day," or "Separately,".
        mention.isOwnOccasion =
            index + 1 < tokens.count && MeetingNouns.repeatMarkers.match(tokens, at: index + 1) != nil
            || ContextCues.settings.occurs(in: tokens, index + 1..<clauseEnd)
            || signs && ContextCues.settings.occurs(in: tokens, sentenceTokens[sentence].lowerBound..<index)
            || MeetingNouns.otherOccasionOpeners.match(tokens, at: sentenceTokens[sentence].lowerBound) != nil
            || !signs && namesGatheringLater(after: index)
        return (mention, index + 1)
    }

    /// "It was the second such meeting. The first was held in Beijing in March 2018": an
    /// ordinal that opens its sentence after "The", its noun left out, is an earlier or later
    /// occurrence of the gathering named just before, of its kind. `index` is the sentence's
    /// second token, after "The".
    private func ellipticalMention(at index: Int, after found: [Mention]) -> (mention: Mention, next: Int)? {
        let sentence = sentenceOf[index]
        guard let ordinal = MeetingNouns.ordinals.match(tokens, at: index), ordinal.length == 1,
            let last = found.last(where: { !$0.isVerb && $0.kind != nil }), sentence - last.sentence <= 2,
            // The first gathering its sentence names: "The bilateral talks, held on the sidelines of
            // a regional meeting, were the first in three years. The previous round ...".
            let previous = found.first(where: { !$0.isVerb && $0.kind != nil && $0.sentence == last.sentence }),
            let kind = previous.kind
        else { return nil }
        // "The previous round took place": the noun of occurrence is part of the phrase.
        let nounLength = MeetingNouns.ellipticalNouns.match(tokens, at: index + 1) != nil ? 1 : 0
        guard MeetingNouns.ellipticalVerbs.match(tokens, at: index + 1 + nounLength) != nil else { return nil }
        var mention = Mention(
            head: index + nounLength, kind: kind, phrase: index..<index + 1 + nounLength, sentence: sentence,
            reference: .new, ordinal: ordinal.value)
        mention.isElliptical = true
        mention.hasSecurityWord = previous.hasSecurityWord
        return (mention, index + 1 + nounLength)
    }

    /// "will meet their counterparts at the 11th Consultation": a noun later in the verb's
    /// sentence names the gathering it reports.
    private func namesGatheringLater(after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, sentenceOf[next] == sentenceOf[index] {
            if MeetingNouns.kinds.match(tokens, at: next) != nil { return true }
            next += 1
        }
        return false
    }

    /// Whether a word at `end`, in `sentence`, makes the head a modifier ("meeting room").
    private func blocksCompound(at end: Int, in sentence: Int) -> Bool {
        end < tokens.count && sentenceOf[end] == sentence && MeetingNouns.compoundBlockers.match(tokens, at: end) != nil
    }

    /// "talks of", "now talks about": the verb, not the noun.
    private func isVerbUse(at index: Int) -> Bool {
        let next = index + 1 < tokens.count ? tokens[index + 1].key : 0
        return next == Keys.of || next == Keys.about
    }

    /// The first token of the modifiers before `head`: capitalised words, listed modifiers,
    /// numbers, possessive marks and parentheticals, back to a determiner or anything else.
    private func modifierStart(before head: Int) -> Int {
        var start = head
        let sentence = sentenceOf[head]
        while start > 0, sentenceOf[start - 1] == sentence {
            let token = tokens[start - 1]
            if MeetingNouns.definite.match(tokens, at: start - 1)?.length == 1
                || MeetingNouns.indefinite.match(tokens, at: start - 1) != nil
            {
                break
            }
            if token.key == Keys.closeParen, let open = openParen(before: start - 1) {
                start = open
                continue
            }
            // "the next round of talks": the occurrence is named before "of".
            if let round = MeetingNouns.occurrenceNouns.match(tokens, endingAt: start, window: 2),
                sentenceOf[round.start] == sentence
            {
                start = round.start
                continue
            }
            let lowerWord = token.isWord && !token.isCapitalized
            if token.isCapitalized || MeetingNouns.modifiers.match(tokens, at: start - 1)?.length == 1 {
                start -= 1
                continue
            }
            // A hyphenated modifier, which is several tokens ("counter", "-", "terrorism").
            if let longer = MeetingNouns.modifiers.match(tokens, endingAt: start, window: 3),
                sentenceOf[longer.start] == sentence, isHyphenated(longer.start..<start)
            {
                start = longer.start
                continue
            }
            // A prefix joined by a hyphen: "a pre-meeting", "a sub-regional workshop".
            if lowerWord, start < head, tokens[start].key == Keys.hyphen, isHyphenated(start - 1..<start + 2) {
                start -= 1
                continue
            }
            // Any lower-case hyphenated word: "a 21-day anti-narcotics training course".
            if start >= 3, sentenceOf[start - 3] == sentence, tokens[start - 2].key == Keys.hyphen,
                tokens[start - 1].isWord, !tokens[start - 1].isCapitalized, tokens[start - 3].isWord,
                !tokens[start - 3].isCapitalized, isHyphenated(start - 3..<start)
            {
                start -= 3
                continue
            }
            // "of", "on", "and", "for" inside a title: "ASEAN Chiefs of Police".
            if lowerWord, Keys.titleJoiners.contains(token.key), start - 2 >= 0, tokens[start - 2].isCapitalized,
                tokens[start].isCapitalized
            {
                start -= 1
                continue
            }
            break
        }
        // Do not start on a joiner or punctuation.
        while start < head, !tokens[start].isWord || Keys.titleJoiners.contains(tokens[start].key) { start += 1 }
        return start
    }

    /// The end of a capitalised title after the head: "on Transnational Crime (AMMTC+China)",
    /// "(Lianyungang) 2019".
    private func titleTail(from index: Int) -> Int {
        var end = index
        guard index > 0, tokens[index - 1].isCapitalized || tokens[index - 1].key == Keys.closeParen else {
            return index
        }
        let sentence = index > 0 ? sentenceOf[index - 1] : 0
        while end < tokens.count, sentenceOf[end] == sentence {
            let token = tokens[end]
            if token.key == Keys.openParen, let close = closeParen(after: end) {
                end = close + 1
                continue
            }
            if Keys.titleJoiners.contains(token.key) || token.key == Keys.hyphen || token.key == Keys.plus,
                end + 1 < tokens.count, tokens[end + 1].isCapitalized, end > index || token.key != Keys.and,
                ContextCues.calendarWords.match(tokens, at: end + 1) == nil
            {
                end += 2
                continue
            }
            if token.isCapitalized, end > index, !isSentenceStart(end), MeetingNouns.kinds.match(tokens, at: end) == nil
            {
                end += 1
                continue
            }
            break
        }
        return end
    }

    private func describe(_ mention: inout Mention, determinerEnd start: Int, keys: inout [UInt64]) {
        let phrase = mention.phrase
        if start > 0, sentenceOf[start - 1] == mention.sentence {
            if MeetingNouns.indefinite.match(tokens, at: start - 1) != nil {
                mention.reference = .new
            } else {
                mention.reference = .known
            }
            if start >= 2, tokens[start - 2].key == Keys.comma, tokens[start - 1].isWord,
                MeetingNouns.indefinite.match(tokens, at: start - 1) != nil
            {
                mention.isApposition = true
            }
            // 'The talks are formally titled the "Four-Country ... Meeting"': the title of the
            // gathering just named.
            let from = max(sentenceTokens[mention.sentence].lowerBound, start - 4)
            if from < start, MeetingNouns.titleVerbs.occurs(in: tokens, from..<start) { mention.isApposition = true }
        } else {
            mention.reference = .known
        }
        if !hasDeterminer(before: start) {
            mention.reference = .known
            mention.isBare = true
        }
        // "which wrapped up yesterday after two days of talks": the length of a gathering named.
        if start >= 2, tokens[start - 1].key == Keys.of, MeetingNouns.lengthUnits.match(tokens, at: start - 2) != nil {
            mention.reference = .known
            mention.isBare = false
        }
        let namesStart = keys.count
        for index in phrase {
            let token = tokens[index]
            if let ordinal = MeetingNouns.ordinals.match(tokens, at: index), ordinal.length == 1, index < mention.head {
                mention.ordinal = ordinal.value
            } else if let number = numericOrdinal(token), index < mention.head {
                mention.ordinal = number
            }
            if isTitleWord(index, head: mention.head) { keys.append(token.key) }
            if MeetingNouns.internalModifiers.match(tokens, at: index) != nil { mention.isInternal = true }
            if MeetingNouns.nonSecurityModifiers.match(tokens, at: index)?.length == 1 {
                mention.isNonSecurity = true
            }
            if ContextCues.securityWords.match(tokens, at: index) != nil { mention.hasSecurityWord = true }
            if ContextCues.virtual.match(tokens, at: index) != nil { mention.isVirtual = true }
        }
        mention.nameKeys = namesStart..<keys.count
        for index in phrase.lowerBound..<min(mention.head, phrase.upperBound)
        where tokens[index].isWord && !isTitleWord(index, head: mention.head) {
            keys.append(tokens[index].key)
        }
        mention.modifierKeys = mention.nameKeys.upperBound..<keys.count
        mention.hasPossessive = start > 0 && MeetingNouns.sharedPossessives.match(tokens, at: start - 1) != nil
        // "The police chiefs last held talks in Seoul in 2019": the previous occurrence.
        if mention.isBare, mention.ordinal == nil, start >= 2, tokens[start - 2].key == Keys.last,
            MeetingNouns.holdingVerbs.match(tokens, at: start - 1) != nil
        {
            mention.ordinal = -1
        }
        if mention.ordinal != nil, isOwnFirstAttendance(determinerEnd: start) || isPredicate(determinerEnd: start) {
            mention.ordinal = nil
        }
        // Lower-case words just before the phrase that are not its modifiers: "a Lao-Thai tourism
        // forum", and after the head "a meeting of provincial police".
        let sentence = sentenceTokens[mention.sentence].lowerBound
        for index in max(sentence, phrase.lowerBound - 2)..<phrase.lowerBound where tokens[index].isWord {
            if MeetingNouns.nonSecurityModifiers.match(tokens, at: index)?.length == 1 { mention.isNonSecurity = true }
        }
        let after = mention.head + 1
        if after + 1 < tokens.count, tokens[after].key == Keys.of, sentenceOf[after + 1] == mention.sentence,
            MeetingNouns.internalModifiers.match(tokens, at: after + 1) != nil
        {
            mention.isInternal = true
        }
        if mention.nameKeys.count >= 2 || (mention.nameKeys.count == 1 && tokens[mention.head].isCapitalized) {
            mention.reference = .named
        }
    }

    /// Whether `range` is one hyphenated word: its tokens touch and one of them is a hyphen.
    private func isHyphenated(_ range: Range<Int>) -> Bool {
        range.dropFirst().allSatisfy { tokens[$0 - 1].range.upperBound == tokens[$0].range.lowerBound }
            && range.contains { tokens[$0].key == Keys.hyphen }
    }

    /// "will take part in its first ASEANAPOL Conference": the ordinal counts a participant's
    /// attendances, not the series, so the mention may be the gathering already named.
    private func isOwnFirstAttendance(determinerEnd start: Int) -> Bool {
        guard start >= 2, MeetingNouns.participantPossessives.match(tokens, at: start - 1) != nil else { return false }
        return ContextCues.attendance.occurs(in: tokens, max(0, start - 4)..<start - 1)
    }

    /// "It was the first meeting of the two chiefs in five years", "It will be the first summit
    /// hosted by ...": the ordinal ranks the gathering already in focus, it opens no new one.
    private func isPredicate(determinerEnd start: Int) -> Bool {
        guard start >= 2, tokens[start - 1].key == Keys.the else { return false }
        return MeetingNouns.copulas.match(tokens, at: start - 2) != nil
    }

    private func hasDeterminer(before index: Int) -> Bool {
        guard index > 0, sentenceOf[index - 1] == sentenceOf[index] else { return false }
        return MeetingNouns.definite.match(tokens, at: index - 1)?.length == 1
            || MeetingNouns.indefinite.match(tokens, at: index - 1) != nil
    }

    /// Whether the token at `index` of a phrase with its head at `head` is a word of its title:
    /// capitalised, neither the head nor the first of its sentence.
    private func isTitleWord(_ index: Int, head: Int) -> Bool {
        let token = tokens[index]
        return token.isCapitalized && token.isWord && index != head && !isSentenceStart(index)
    }

    private func isSentenceStart(_ index: Int) -> Bool {
        sentenceTokens[sentenceOf[index]].lowerBound == index
    }

    /// "9th", "37th", "2nd": the number, else `nil`.
    private func numericOrdinal(_ token: Token) -> Int? {
        let bytes = text[token.range]
        guard bytes.count >= 3, let first = bytes.first, (0x30...0x39).contains(first) else { return nil }
        let suffix = String(decoding: bytes.suffix(2), as: UTF8.self).lowercased()
        guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(String(decoding: bytes.dropLast(2), as: UTF8.self))
    }

    private func openParen(before close: Int) -> Int? {
        var index = close - 1
        while index >= 0, index >= close - 8 {
            if tokens[index].key == Keys.openParen { return index }
            index -= 1
        }
        return nil
    }

    private func closeParen(after open: Int) -> Int? {
        var index = open + 1
        while index < tokens.count, index <= open + 8 {
            if tokens[index].key == Keys.closeParen { return index }
            index += 1
        }
        return nil
    }
}

/// Keys of single tokens the engine compares against directly.
enum Keys {
    static let of = Tokenizer.key("of")
    static let about = Tokenizer.key("about")
    static let and = Tokenizer.key("and")
    static let comma = Tokenizer.key(",")
    static let period = Tokenizer.key(".")
    static let hyphen = Tokenizer.key("-")
    static let from = Tokenizer.key("from")
    static let plus = Tokenizer.key("+")
    static let openParen = Tokenizer.key("(")
    static let closeParen = Tokenizer.key(")")
    static let here = Tokenizer.key("here")
    static let course = Tokenizer.key("course")
    static let the = Tokenizer.key("the")
    static let last = Tokenizer.key("last")
    static let apostrophe = Tokenizer.key("'")
    static let s = Tokenizer.key("s")
    static let sidelines = Tokenizer.key("sidelines")
    static let `in` = Tokenizer.key("in")
    static let to = Tokenizer.key("to")
    static let quote = Tokenizer.key("\"")
    // Small lists, searched in order: a few compares cost less than hashing the key.
    static let determiners: [UInt64] = ["the", "its", "their", "these", "those"].map(Tokenizer.key)
    static let sentenceEnds: [UInt64] = [".", "!", "?", "\"", "'", ")", ":"].map(Tokenizer.key)
    static let datelineMarks: [UInt64] = ["-", "("].map(Tokenizer.key)
    /// Prepositions that make a gathering the setting of a sentence ("At the meeting, ...").
    static let settingPrepositions: [UInt64] = ["at", "during", "in", "throughout"].map(Tokenizer.key)
    /// Words after a comma that open an apposition about the noun before it.
    static let appositionOpeners: [UInt64] = ["held", "which", "that", "opened", "scheduled"].map(Tokenizer.key)
    static let titleJoiners: [UInt64] = ["of", "on", "and", "for", "the", "against", "along", "plus"].map(Tokenizer.key)
}
