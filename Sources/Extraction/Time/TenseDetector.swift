/// The tense of a clause, as far as it places an event before, at or after publication.
public enum Tense: Sendable, Hashable {
    case past, present, future
}

/// Finds the tense of the clause around a span of tokens from the nearest verb cue.
///
/// It looks left of the span to the start of the sentence (at most `reach` tokens), then
/// right up to the next comma (", the ministry said" reports, it does not date), then further
/// left to the start of a long sentence; the nearest cue wins. Cues are auxiliaries and verbs ("will", "was", "said",
/// "is"), words ending in "-ed", and an infinitive "to" ("agreed to meet on Friday" is
/// future). A participle after a form of "be" takes that form's tense ("will be held",
/// "has been held", "is being held"). With no cue at all, news reports the past.
struct TenseDetector {
    let tokens: UnsafeBufferPointer<TimeToken>
    var reach = 24

    func tense(first: Int, end: Int) -> Tense {
        var index = first - 1
        while index >= 0, first - index <= reach, !isBoundary(after: index) {
            if let tense = cue(at: index, near: first - index <= 6) { return tense }
            index -= 1
        }
        let clauseGoesOn = index >= 0 && first - index > reach && !isBoundary(after: index)
        index = end
        while index < tokens.count, index - end < reach / 2, !isBoundary(after: index - 1),
            !tokens[index].isMark(UInt8(ascii: ","))
        {
            if let tense = cue(at: index, near: false) { return tense }
            index += 1
        }
        // A long clause: the verb may stand further back ("it would host a course for officers
        // at the academy in Asan, 86 kilometres south of Seoul, in mid-December").
        index = first - reach - 1
        while clauseGoesOn, index >= 0, first - index <= Self.longReach, !isBoundary(after: index) {
            if let tense = cue(at: index, near: false) { return tense }
            index -= 1
        }
        return .past
    }

    /// How far back a verb is looked for when none is in `reach`.
    static let longReach = 64

    /// The tense a token signals, if any. An infinitive "to" counts only when `near` the
    /// expression: "agreed to meet on Friday" is future, but in "agreed to share data after
    /// talks on Tuesday" the talks are past; "to hold", "to host" and the like count at any distance.
    @inline(__always) private func cue(at index: Int, near: Bool) -> Tense? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        if token.keyword == .set {  // "set for Friday", "set to open"; "set up" says nothing
            guard index + 1 < tokens.count else { return nil }
            return tokens[index + 1].keyword == .for || tokens[index + 1].keyword == .to ? .future : nil
        }
        if token.keyword == .to {
            guard index + 1 < tokens.count else { return nil }
            let next = tokens[index + 1]
            if next.word?.arrangesGathering == true { return .future }
            guard near else { return nil }
            let isVerb =
                next.kind == .word && !next.capitalized && next.word?.isDeterminer != true
                && next.word?.number == nil && !next.isPastForm && next.keyword == nil
            return isVerb ? .future : nil
        }
        let tense: Tense
        if let cue = token.word?.tenseCue {
            tense = cue
        } else if token.isPastForm {
            tense = .past
        } else {
            return nil
        }
        if tense == .past, index > 0, let auxiliary = tokens[index - 1].word?.tenseCue, isParticiple(token) {
            return auxiliary
        }
        if tense == .present, index > 0 {
            // "will meet", "to resume", "did not go": a verb after an auxiliary or "to" (near the
            // expression, as above) takes that tense.
            var before = index - 1
            if tokens[before].keyword == .not, before > 0 { before -= 1 }
            if tokens[before].keyword == .to { return near ? .future : nil }
            if let auxiliary = tokens[before].word?.tenseCue, auxiliary != .present { return auxiliary }
        }
        return tense
    }

    /// Whether the token can be a past participle governed by an auxiliary before it.
    private func isParticiple(_ token: TimeToken) -> Bool {
        token.isPastForm || token.word?.tenseCue == .past && token.word?.keyword == nil
    }

    /// Whether a sentence or clause ends between `index` and `index + 1`.
    @inline(__always) private func isBoundary(after index: Int) -> Bool {
        guard index >= 0, index + 1 < tokens.count else { return true }
        if tokens[index + 1].newline { return true }
        let token = tokens[index]
        guard token.kind == .mark else { return false }
        switch UInt8(truncatingIfNeeded: token.value) {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
            return true
        case UInt8(ascii: "."):
            guard index > 0 else { return true }
            let previous = tokens[index - 1]
            let isAbbreviation =
                previous.kind == .word && !token.spaced
                && (previous.word?.monthIsAbbreviation == true
                    || previous.end - previous.start <= 2 && previous.capitalized)
            return !isAbbreviation
        default:
            return false
        }
    }
}
