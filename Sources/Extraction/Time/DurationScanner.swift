/// Finds stated lengths in days: "three-day", "3-day", "two-day-long", "for three days",
/// "a week-long", "weeklong", "a fortnight".
///
/// "two days ago" and "three days later" are relative dates, not lengths, and are skipped.
struct DurationScanner {
    let tokens: UnsafeBufferPointer<TimeToken>
    /// The tokens where a match may start (`TimeTokens.lengthStarts`); no other is tried.
    let starts: [Int]

    func matches() -> [(first: Int, end: Int, days: Int)] {
        var found: [(first: Int, end: Int, days: Int)] = []
        var index = 0
        for start in starts where start >= index {
            if canStart(at: start), let match = match(at: start) {
                found.append(match)
                index = match.end
            }
        }
        return found
    }

    /// Whether a length can end at `word`: a unit or "weeklong", the words `canStart(at:)` looks for.
    static func endsLength(_ word: TimeWord) -> Bool {
        word.keyword == .weeklong || unitDays(word.keyword) != nil
    }

    /// Where `canStart(at:)` accepts a length ending at `word`, a unit or "weeklong" at `index`
    /// after the first `index` of `tokens`, if it does: at "weeklong" itself, or at the count
    /// before the unit or its dash.
    static func start(endingWith word: TimeToken, at index: Int, in tokens: UnsafeMutableBufferPointer<TimeToken>)
        -> Int?
    {
        if word.keyword == .weeklong { return index }
        guard index > 0 else { return nil }
        if isCount(tokens[index - 1]) { return index - 1 }
        return index > 1 && tokens[index - 1].isDash && isCount(tokens[index - 2]) ? index - 2 : nil
    }

    /// A number or a number word.
    private static func isCount(_ token: TimeToken) -> Bool {
        token.kind == .number || token.word?.number != nil
    }

    /// A cheap test that rules out most tokens: a length starts at "weeklong", or at a number
    /// or number word followed by a unit, with or without a hyphen ("a week", "three-day").
    private func canStart(at index: Int) -> Bool {
        let token = tokens[index]
        if token.keyword == .weeklong { return true }
        guard Self.isCount(token), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if Self.unitDays(next.keyword) != nil { return true }
        return next.isDash && index + 2 < tokens.count && Self.unitDays(tokens[index + 2].keyword) != nil
    }

    private func match(at index: Int) -> (first: Int, end: Int, days: Int)? {
        let token = tokens[index]
        if token.keyword == .weeklong { return (index, index + 1, 7) }
        let isArticle = token.kind == .word && token.word?.number == 1 && token.end - token.start <= 2
        let count: Int
        if token.kind == .number {
            guard !token.isCompound, !token.isOrdinal, token.digits <= 3 else { return nil }
            count = token.value
        } else if let value = token.word?.number {
            count = value
        } else {
            return nil
        }
        guard count > 0, index + 1 < tokens.count else { return nil }
        var cursor = index + 1
        let hyphenated = tokens[cursor].isDash && !tokens[cursor].spaced
        if hyphenated { cursor += 1 }
        guard cursor < tokens.count, let unitDays = Self.unitDays(tokens[cursor].keyword) else { return nil }
        cursor += 1
        if cursor + 1 < tokens.count, tokens[cursor].isDash, !tokens[cursor].spaced, tokens[cursor + 1].keyword == .long
        {
            cursor += 2
            if isArticle && !hyphenated { return (index + 1, cursor, unitDays) }  // "a week-long"
        } else if !hyphenated {
            if cursor < tokens.count, isRelativeWord(tokens[cursor]) { return nil }
            if isArticle, unitDays == 1, !(index > 0 && isLengthVerb(tokens[index - 1])) { return nil }
        }
        return (index, cursor, count * unitDays)
    }

    private static func unitDays(_ keyword: TimeKeyword?) -> Int? {
        switch keyword {
        case .day: 1
        case .week: 7
        case .fortnight: 14
        default: nil
        }
    }

    private func isRelativeWord(_ token: TimeToken) -> Bool {
        switch token.keyword {
        case .ago, .later, .earlier, .before, .after: true
        default: false
        }
    }

    /// Words after which "a day" is a length ("for a day"), not a rate ("twice a day").
    private func isLengthVerb(_ token: TimeToken) -> Bool {
        switch token.keyword {
        case .for, .lasting, .over: true
        default: false
        }
    }
}
