/// Finds expressions whose value depends on the publication day or on a date in focus:
/// "today", "tomorrow", "last month", "earlier this year", "next Friday", "the day before",
/// "two weeks ago", "three days later", "the following month", "on the 15th", "over the
/// weekend", "now".
struct RelativeScanner {
    let tokens: UnsafeBufferPointer<TimeToken>

    func match(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        if token.kind == .number || token.word?.number != nil, let counted = counted(at: index) { return counted }
        guard token.kind == .word, let keyword = token.keyword else { return nil }
        switch keyword {
        case .today, .tonight:
            return TimeMatch(first: index, end: index + 1, expression: .shift(0, .day))
        case .tomorrow, .yesterday:
            let end = partOfDay(at: index + 1) ? index + 2 : index + 1
            return TimeMatch(first: index, end: end, expression: .shift(keyword == .tomorrow ? 1 : -1, .day))
        case .now, .currently:
            return TimeMatch(first: index, end: index + 1, expression: .unwritable)
        case .this, .next, .coming, .last:
            return deictic(at: index)
        case .the:
            if index + 1 < tokens.count, tokens[index + 1].keyword == .current, let inner = deictic(at: index + 1) {
                return TimeMatch(first: index, end: inner.end, expression: inner.expression)  // "the current year"
            }
            return anaphoric(at: index) ?? part(at: index) ?? dayOfMonth(at: index)
        case .day, .week, .month, .year, .decade:
            return vague(at: index)
        case .that:
            // "that day", "that year"; not "that years of talks" or "that year-on-year growth".
            guard index + 1 < tokens.count, let unit = singularUnit(tokens[index + 1]), unit != .weekend,
                index + 2 >= tokens.count || !(tokens[index + 2].isDash && !tokens[index + 2].spaced)
            else { return nil }
            return TimeMatch(first: index, end: index + 2, expression: .anaphoric(0, unit))
        case .early, .mid, .late, .end:
            return part(at: index)
        case .earlier, .later:
            guard let inner = deictic(at: index + 1), case .shift(_, let unit) = inner.expression, unit != .day
            else { return nil }
            return TimeMatch(first: index, end: inner.end, expression: inner.expression)
        default:
            return nil
        }
    }

    /// Whether a match can start at a word with `keyword` (keep in step with `match(at:)`);
    /// number words start one too.
    @inline(__always) static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .today, .tonight, .tomorrow, .yesterday, .now, .currently, .this, .next, .coming, .last, .the, .that,
            .day, .week, .month, .year, .decade,
            .early, .mid, .late, .end, .earlier, .later:
            true
        default:
            false
        }
    }

    /// "this week", "next month", "last year", "coming Friday", "last March", "this morning",
    /// "this past weekend", "(the) current year".
    private func deictic(at index: Int) -> TimeMatch? {
        guard index + 1 < tokens.count else { return nil }
        if tokens[index].keyword == .this, tokens[index + 1].keyword == .past {
            guard let inner = deictic(at: index + 1) else { return nil }
            return TimeMatch(first: index, end: inner.end, expression: inner.expression)
        }
        let step: Int
        let direction: TimeDirection?
        switch tokens[index].keyword {
        case .this, .current:
            step = 0
            direction = nil
        case .next, .coming:
            step = 1
            direction = .after
        case .last, .past:
            step = -1
            direction = .before
        default:
            return nil
        }
        let next = tokens[index + 1]
        let end = index + 2
        if next.weekday > 0, next.capitalized {
            return TimeMatch(
                first: index, end: partOfDay(at: end) ? end + 1 : end,
                expression: .fields(DateFields(weekday: next.weekday, direction: direction)))
        }
        if next.month > 0, next.capitalized, !next.word!.monthIsAbbreviation {
            let fields = DateFields(month: next.month, direction: direction ?? .sameYear)
            return TimeMatch(first: index, end: end, expression: .fields(fields))
        }
        if step == 0, partOfDay(at: index + 1) { return TimeMatch(first: index, end: end, expression: .shift(0, .day)) }
        if step == -1, next.keyword == .night { return TimeMatch(first: index, end: end, expression: .shift(-1, .day)) }
        guard let unit = singularUnit(next), unit != .day else { return nil }  // not "the coming months"
        // "last quarter of 2018" is a named part of that year (`YearPartScanner`).
        if unit == .quarter, end < tokens.count, tokens[end].keyword == .of { return nil }
        return TimeMatch(first: index, end: end, expression: .shift(step, unit))
    }

    /// "early next year", "the end of last month", "the end of the year", "early last week",
    /// "by the end of the week".
    private func part(at index: Int) -> TimeMatch? {
        guard let core = MonthPart.end(of: tokens, at: index), core + 1 < tokens.count else { return nil }
        if tokens[core].keyword == .the, let unit = singularUnit(tokens[core + 1]), unit != .day, unit != .weekend {
            return TimeMatch(first: index, end: core + 2, expression: .shift(0, unit))
        }
        guard let inner = deictic(at: core), case .shift(_, let unit) = inner.expression, unit != .weekend
        else { return nil }
        return TimeMatch(first: index, end: inner.end, expression: inner.expression)
    }

    /// "the day before", "the previous day", "the following month", "the same year", "the
    /// year before", "the day before yesterday", "the week after next", "the coming week",
    /// "the following Monday", "the same period last year", "the year-earlier period", "the
    /// weekend".
    private func anaphoric(at index: Int) -> TimeMatch? {
        guard index + 1 < tokens.count else { return nil }
        let second = tokens[index + 1]
        if second.keyword == .weekend, singularUnit(second) != nil {
            return TimeMatch(first: index, end: index + 2, expression: .weekend)
        }
        guard index + 2 < tokens.count else { return nil }
        let third = tokens[index + 2]
        if let unit = singularUnit(second), unit != .weekend, third.keyword == .before || third.keyword == .after {
            let sign = third.keyword == .before ? -1 : 1
            if index + 3 < tokens.count, let fourth = tokens[index + 3].keyword {
                // "the day before yesterday", "the week after next": two units from publication.
                let fromPublication =
                    unit == .day
                    ? fourth == (sign < 0 ? .yesterday : .tomorrow) : fourth == (sign < 0 ? .last : .next)
                if fromPublication {
                    return TimeMatch(first: index, end: index + 4, expression: .shift(2 * sign, unit))
                }
            }
            return TimeMatch(first: index, end: index + 3, expression: .anaphoric(sign, unit))
        }
        if let earlier = yearEarlier(at: index) { return earlier }
        if second.keyword == .same, third.keyword == .period || singularUnit(third) != nil, index + 4 < tokens.count,
            tokens[index + 3].keyword == .last, singularUnit(tokens[index + 4]) == .year
        {
            // "the same quarter last year": written as last year.
            return TimeMatch(first: index, end: index + 5, expression: .shift(-1, .year))
        }
        if let unit = singularUnit(third), unit != .weekend {
            // "the next day" counts from the focus; "the next month" is more often a span to come.
            switch second.keyword {
            case .previous: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(-1, unit))
            case .following: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(1, unit))
            case .next where unit == .day:
                return TimeMatch(first: index, end: index + 3, expression: .anaphoric(1, unit))
            case .same: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(0, unit))
            default: break
            }
        }
        if third.weekday > 0, third.capitalized {
            let end = partOfDay(at: index + 3) ? index + 4 : index + 3
            switch second.keyword {
            case .following, .next:
                return TimeMatch(first: index, end: end, expression: .weekdayFromFocus(third.weekday, .after))
            case .previous:
                return TimeMatch(first: index, end: end, expression: .weekdayFromFocus(third.weekday, .before))
            default: break
            }
        }
        if second.keyword == .coming, let unit = singularUnit(third), unit != .day {  // not "the coming months"
            return TimeMatch(first: index, end: index + 3, expression: .shift(1, unit))
        }
        return nil
    }

    /// "the year-earlier period", "the year-ago quarter": a year before the date in focus.
    private func yearEarlier(at index: Int) -> TimeMatch? {
        guard index + 4 < tokens.count, singularUnit(tokens[index + 1]) == .year, tokens[index + 2].isDash,
            !tokens[index + 2].spaced, tokens[index + 3].keyword == .earlier || tokens[index + 3].keyword == .ago
        else { return nil }
        let noun = tokens[index + 4]
        guard noun.keyword == .period || singularUnit(noun) != nil else { return nil }
        return TimeMatch(first: index, end: index + 5, expression: .anaphoric(-1, .year))
    }

    /// "on the 15th": an ordinal day number after a word that introduces a date, with no
    /// noun after it ("the 15th meeting" is not a date), only punctuation or "and".
    private func dayOfMonth(at index: Int) -> TimeMatch? {
        guard index > 0, tokens[index - 1].word?.introducesDate == true, index + 1 < tokens.count else { return nil }
        let number = tokens[index + 1]
        guard number.kind == .number, number.isOrdinal, number.digits <= 2, (1...31).contains(number.value),
            index + 2 >= tokens.count || tokens[index + 2].kind == .mark || tokens[index + 2].keyword == .and
        else { return nil }
        return TimeMatch(first: index, end: index + 2, expression: .dayOfMonth(number.value))
    }

    /// "two days ago", "a year ago", "three days later", "a month earlier", "two decades ago";
    /// with no count a value cannot be written: "several years ago", "a few days later".
    private func counted(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        var count: Int
        var cursor = index + 1
        if token.kind == .number {
            guard !token.isCompound, token.digits <= 3 else { return nil }
            count = token.value
        } else {
            count = token.word?.number ?? 0
            if count == 1, cursor < tokens.count, tokens[cursor].word?.number == 0 {  // "a few"
                count = 0
                cursor += 1
            }
        }
        guard token.kind == .word || count > 0, cursor + 1 < tokens.count else { return nil }
        let direction = tokens[cursor + 1].keyword
        guard direction == .ago || direction == .later || direction == .earlier else { return nil }
        let end = cursor + 2
        if count == 0 || tokens[cursor].keyword == .decade {
            guard unit(of: tokens[cursor]) != nil || tokens[cursor].keyword == .decade else { return nil }
            return TimeMatch(first: index, end: end, expression: .unwritable)
        }
        guard let unit = unit(of: tokens[cursor]), unit != .weekend else { return nil }
        switch direction {
        case .ago: return TimeMatch(first: index, end: end, expression: .shift(-count, unit))
        case .later: return TimeMatch(first: index, end: end, expression: .anaphoric(count, unit))
        default: return TimeMatch(first: index, end: end, expression: .anaphoric(-count, unit))
        }
    }

    /// "years ago", "decades ago", "weeks later": a plural unit with no count; the value cannot
    /// be written.
    private func vague(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        let isPlural =
            token.keyword == .decade
            ? token.end - token.start == 7 : unit(of: token) != nil && singularUnit(token) == nil
        guard isPlural, index + 1 < tokens.count else { return nil }
        switch tokens[index + 1].keyword {
        case .ago, .later, .earlier: break
        default: return nil
        }
        return TimeMatch(first: index, end: index + 2, expression: .unwritable)
    }

    /// The unit a singular unit word names ("day", not "days").
    private func singularUnit(_ token: TimeToken) -> TimeUnit? {
        guard let unit = unit(of: token) else { return nil }
        let letters: Int
        switch unit {
        case .day: letters = 3
        case .week, .year: letters = 4
        case .month: letters = 5
        case .weekend, .quarter: letters = 7
        }
        return token.end - token.start == letters ? unit : nil
    }

    private func unit(of token: TimeToken) -> TimeUnit? {
        switch token.keyword {
        case .day: .day
        case .week: .week
        case .weekend: .weekend
        case .quarter: .quarter
        case .month: .month
        case .year: .year
        default: nil
        }
    }

    private func partOfDay(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        switch tokens[index].keyword {
        case .morning, .afternoon, .evening, .night: return true
        default: return false
        }
    }
}
