/// Finds expressions whose value depends on the publication day or on a date in focus:
/// "today", "tomorrow", "last month", "earlier this year", "next Friday", "the day before",
/// "two weeks ago", "now".
struct RelativeScanner {
    let tokens: [TimeToken]

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
            return TimeMatch(first: index, end: index + 1, expression: .present)
        case .this, .next, .coming, .last:
            return deictic(at: index)
        case .the:
            return anaphoric(at: index) ?? part(at: index)
        case .that:
            guard tokens.indices.contains(index + 1), tokens[index + 1].keyword == .day else { return nil }
            return TimeMatch(first: index, end: index + 2, expression: .anaphoric(0))
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
    static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .today, .tonight, .tomorrow, .yesterday, .now, .currently, .this, .next, .coming, .last, .the, .that,
            .early, .mid, .late, .end, .earlier, .later:
            true
        default:
            false
        }
    }

    /// "this week", "next month", "last year", "coming Friday", "last March", "this morning".
    private func deictic(at index: Int) -> TimeMatch? {
        guard index + 1 < tokens.count else { return nil }
        let step: Int
        let direction: TimeDirection?
        switch tokens[index].keyword {
        case .this:
            step = 0
            direction = nil
        case .next, .coming:
            step = 1
            direction = .after
        case .last:
            step = -1
            direction = .before
        default:
            return nil
        }
        let next = tokens[index + 1]
        let end = index + 2
        if next.weekday > 0, next.capitalized {
            return TimeMatch(
                first: index, end: end, expression: .fields(DateFields(weekday: next.weekday, direction: direction)))
        }
        if next.month > 0, next.capitalized, !next.word!.monthIsAbbreviation {
            let fields = DateFields(month: next.month, direction: direction ?? .sameYear)
            return TimeMatch(first: index, end: end, expression: .fields(fields))
        }
        if step == 0, partOfDay(at: index + 1) { return TimeMatch(first: index, end: end, expression: .shift(0, .day)) }
        if step == -1, next.keyword == .night { return TimeMatch(first: index, end: end, expression: .shift(-1, .day)) }
        guard let unit = unit(of: next), unit != .day else { return nil }
        return TimeMatch(first: index, end: end, expression: .shift(step, unit))
    }

    /// "early next year", "the end of last month", "the end of the year", "mid-this week".
    private func part(at index: Int) -> TimeMatch? {
        guard let core = MonthPart.end(of: tokens, at: index), core + 1 < tokens.count else { return nil }
        if tokens[core].keyword == .the, let unit = unit(of: tokens[core + 1]), unit == .month || unit == .year {
            return TimeMatch(first: index, end: core + 2, expression: .shift(0, unit))
        }
        guard let inner = deictic(at: core), case .shift(_, let unit) = inner.expression,
            unit == .month || unit == .year
        else { return nil }
        return TimeMatch(first: index, end: inner.end, expression: inner.expression)
    }

    /// "the day before", "the previous day", "the following day", "the same day",
    /// "the day before yesterday", "the day after tomorrow", "the coming week".
    private func anaphoric(at index: Int) -> TimeMatch? {
        guard index + 2 < tokens.count else {
            return nil
        }
        let second = tokens[index + 1]
        let third = tokens[index + 2]
        if second.keyword == .day, third.keyword == .before || third.keyword == .after {
            let sign = third.keyword == .before ? -1 : 1
            if index + 3 < tokens.count,
                tokens[index + 3].keyword == .yesterday || tokens[index + 3].keyword == .tomorrow
            {
                return TimeMatch(first: index, end: index + 4, expression: .shift(2 * sign, .day))
            }
            return TimeMatch(first: index, end: index + 3, expression: .anaphoric(sign))
        }
        if third.keyword == .day {
            switch second.keyword {
            case .previous: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(-1))
            case .following, .next: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(1))
            case .same: return TimeMatch(first: index, end: index + 3, expression: .anaphoric(0))
            default: return nil
            }
        }
        if second.keyword == .coming, let unit = unit(of: third), unit != .day {
            return TimeMatch(first: index, end: index + 3, expression: .shift(1, unit))
        }
        return nil
    }

    /// "two days ago", "a year ago", "three days later", "a day earlier".
    private func counted(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        let count: Int
        if token.kind == .number {
            guard !token.isCompound, token.digits <= 2 else { return nil }
            count = token.value
        } else {
            count = token.word?.number ?? 0
        }
        guard count > 0, index + 2 < tokens.count, let unit = unit(of: tokens[index + 1]), unit != .weekend else {
            return nil
        }
        switch tokens[index + 2].keyword {
        case .ago:
            return TimeMatch(first: index, end: index + 3, expression: .shift(-count, unit))
        case .later where unit == .day:
            return TimeMatch(first: index, end: index + 3, expression: .anaphoric(count))
        case .earlier where unit == .day:
            return TimeMatch(first: index, end: index + 3, expression: .anaphoric(-count))
        default:
            return nil
        }
    }

    private func unit(of token: TimeToken) -> TimeUnit? {
        switch token.keyword {
        case .day: .day
        case .week: .week
        case .weekend: .weekend
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
