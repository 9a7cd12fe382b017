/// One date expression found by `DateScanner`: tokens `first..<end` and what they mean.
struct TimeMatch: Sendable {
    var first: Int
    var end: Int
    var expression: TimeExpression
}

/// Finds calendar dates, ranges and year-less dates in a token stream.
///
/// Relative words ("tomorrow", "last month") are `RelativeScanner`'s job; this type calls it
/// first at each word, and after its own forms tries `NamedPeriods` (quarters, seasons,
/// holidays, decades). Matching is longest-first at each token, left to right, with no overlaps.
struct DateScanner {
    let tokens: UnsafeBufferPointer<TimeToken>
    /// The tokens where a match may start (`TimeTokens.starts`); no other is tried.
    let starts: UnsafeBufferPointer<Int>

    /// Every date expression of the text, in order.
    func matches() -> [TimeMatch] {
        var found: [TimeMatch] = []
        forEachMatch { found.append($0) }
        return found
    }

    /// Calls `body` with every date expression of the text, in order, as it is found: a
    /// reader that keeps something else of each match needs no list of the matches.
    func forEachMatch(_ body: (TimeMatch) -> Void) {
        var index = 0
        let relative = RelativeScanner(tokens: tokens)
        let named = NamedPeriods(tokens: tokens)
        for start in starts where start >= index {
            if canStart(at: start),
                let match = relative.match(at: start) ?? match(at: start) ?? named.match(at: start)
            {
                body(match)
                index = match.end
            }
        }
    }

    /// Whether a date can start at `word` in some context: the words `canStart(at:)` may
    /// accept, which the lexicon marks `mayStart`.
    static func mayStart(with word: TimeWord) -> Bool {
        if word.month > 0 || word.weekday > 0 || word.number != nil { return true }
        guard let keyword = word.keyword else { return false }
        return keyword == .the || keyword == .new || startsAlone(keyword)
    }

    /// A cheap test that rules out most tokens: marks, unknown words, keywords that only
    /// continue an expression ("of", "to", "day"), and the frequent "the" and number words
    /// ("a", "two") unless a keyword follows them ("the day before", "the end of", "two days
    /// ago"); "the" may also come before a number ("the 15th", "the 1990s") or an apostrophe
    /// ("the '90s"); and the words of `needsKnownNext` before anything but a number or a known
    /// word.
    @inline(__always) private func canStart(at index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .number: return true
        case .mark: return false
        case .word:
            guard let word = token.word else { return false }
            if word.month > 0 || word.weekday > 0 { return true }
            let hasNext = index + 1 < tokens.count
            let beforeKeyword = hasNext && tokens[index + 1].keyword != nil
            if word.number != nil, beforeKeyword || hasNext && tokens[index + 1].word?.number == 0 {
                return true  // "two days", "a few"
            }
            guard let keyword = word.keyword else { return false }
            if keyword == .the {
                guard index + 1 < tokens.count else { return false }
                let following = tokens[index + 1]
                return beforeKeyword || following.kind == .number || following.isMark(UInt8(ascii: "'"))
            }
            if keyword == .new { return token.capitalized }  // "New Year's Day"
            if Self.needsKnownNext(keyword) {
                guard hasNext, tokens[index + 1].kind == .number || tokens[index + 1].word != nil else { return false }
            }
            return Self.startsAlone(keyword)
        }
    }

    /// Keywords that start a match only before a number or a known word, never before a mark
    /// or an unknown word: "that year", "this spring", "from May", "between 2010 and 2015",
    /// "days ago", not "that they", "from Jakarta", "the year." (see `RelativeScanner.vague`).
    private static func needsKnownNext(_ keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .that, .this, .from, .between, .day, .week, .month, .year, .decade: true
        default: false
        }
    }

    /// Keywords that start a match with no condition on the next word.
    private static func startsAlone(_ keyword: TimeKeyword) -> Bool {
        RelativeScanner.canStart(with: keyword) || MonthPart.canStart(with: keyword)
            || YearPartScanner.canStart(with: keyword) || HolidayScanner.canStart(with: keyword)
            || keyword == .from || keyword == .between || keyword == .fiscal || keyword == .midnight
            || keyword == .noon
    }

    private func match(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        switch token.kind {
        case .mark:
            return nil
        case .number:
            return numeric(at: index) ?? rangeOrPoint(at: index, opener: nil)
        case .word:
            guard token.word != nil else { return nil }
            if token.keyword == .fiscal { return fiscalYear(at: index) }
            if token.keyword == .midnight || token.keyword == .noon {
                // "midnight Friday", "noon Tuesday": the time of day is part of the expression.
                guard index + 1 < tokens.count, tokens[index + 1].weekday > 0, tokens[index + 1].capitalized,
                    let point = weekdayPoint(at: index + 1)
                else { return nil }
                return TimeMatch(first: index, end: point.end, expression: .fields(point.fields))
            }
            if token.keyword == .from || token.keyword == .between,
                let inner = rangeOrPoint(at: index + 1, opener: token.keyword), case .range = inner.expression
            {
                return TimeMatch(first: index, end: inner.end, expression: inner.expression)
            }
            // Only these words can start a point (see `point(at:introduced:joined:)`); the
            // relative and named words that come here ("last", "two") are turned away at once.
            guard token.month > 0 || token.weekday > 0 || token.keyword.map(MonthPart.canStart) == true else {
                return nil
            }
            return rangeOrPoint(at: index, opener: nil)
        }
    }

    /// "fiscal 1998", "fiscal year 2020", "fiscal 1998-99".
    private func fiscalYear(at index: Int) -> TimeMatch? {
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].keyword == .year { cursor += 1 }
        guard let inner = rangeOrPoint(at: cursor, opener: nil) else { return nil }
        switch inner.expression {
        case .fields(let fields) where fields.shape == 0, .range(let fields, _) where fields.shape == 0:
            return TimeMatch(first: index, end: inner.end, expression: inner.expression)
        default:
            return nil
        }
    }

    // MARK: - Numeric forms

    /// `2015-10-23`, `2015/10/23`, `23/10/2015`, `23/10/15` and `23/10`, with no spaces inside.
    private func numeric(at index: Int) -> TimeMatch? {
        guard let count = gluedNumbers(at: index), count >= 2 else { return nil }
        let separator = tokens[index + 1].value
        let (first, second) = (tokens[index], tokens[index + 2])
        let third = count == 3 ? tokens[index + 4] : nil
        let fields: DateFields
        if first.digits == 4, let third, second.digits <= 2, third.digits <= 2 {
            fields = DateFields(year: first.value, month: second.value, day: third.value)
        } else if separator == 0x2F, first.digits <= 2, second.digits <= 2 {
            var year: Int?
            if let third {
                guard third.digits == 4 || third.digits == 2 else { return nil }
                year = third.digits == 2 ? 2000 + third.value : third.value
            } else if first.value == 24 && second.value == 7 || isQuantity(after: index + 2) {
                return nil
            }
            fields = DateFields(year: year, month: second.value, day: first.value)
        } else {
            return nil
        }
        guard let month = fields.month, let day = fields.day, (1...12).contains(month),
            day >= 1, day <= Day.daysIn(month: month, year: fields.year ?? 2000)
        else { return nil }
        return TimeMatch(first: index, end: index + 2 * count - 1, expression: .fields(fields))
    }

    /// Whether the token after `index` shows a fraction or a count ("3/4 of", "5/6 percent").
    private func isQuantity(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.keyword == .of || next.word?.countsThings == true || next.isMark(UInt8(ascii: "%"))
    }

    /// How many numbers (up to three: the tokens `index`, `index + 2`, `index + 4`) are joined
    /// at `index` by one kind of separator (`-` or `/`) with no spaces, or `nil` when the run
    /// is longer or touches other numbers.
    private func gluedNumbers(at index: Int) -> Int? {
        guard index + 2 < tokens.count else { return nil }
        let separator = tokens[index + 1]
        guard separator.kind == .mark, separator.value == 0x2D || separator.value == 0x2F, !separator.spaced,
            separator.end - separator.start == 1
        else { return nil }
        if index > 0, tokens[index - 1].isMark(UInt8(separator.value)), !tokens[index].spaced { return nil }
        var count = 1
        var cursor = index
        while cursor + 2 < tokens.count, tokens[cursor + 1].kind == .mark, tokens[cursor + 1].value == separator.value,
            !tokens[cursor + 1].spaced, tokens[cursor + 2].kind == .number, !tokens[cursor + 2].spaced
        {
            count += 1
            cursor += 2
        }
        let numbers = stride(from: index, through: cursor, by: 2)
        guard count <= 3, !numbers.contains(where: { tokens[$0].isCompound || tokens[$0].isOrdinal }) else {
            return nil
        }
        if cursor + 1 < tokens.count, tokens[cursor + 1].kind == .mark, tokens[cursor + 1].value == separator.value,
            !tokens[cursor + 1].spaced
        {
            return nil
        }
        return count
    }

    // MARK: - Points and ranges

    /// A date or a range of two dates joined by a dash, "to", "through", "until" or "and".
    private func rangeOrPoint(at index: Int, opener: TimeKeyword?) -> TimeMatch? {
        guard index < tokens.count else { return nil }
        let introduced = opener != nil || (index > 0 && tokens[index - 1].word?.introducesDate == true)
        guard let first = point(at: index, introduced: introduced) else { return nil }
        if first.end + 1 < tokens.count, isConnector(tokens[first.end], opener: opener),
            let second = point(at: first.end + 1, introduced: true, joined: true),
            let range = join(first, second, connector: tokens[first.end], opener: opener)
        {
            return TimeMatch(first: index, end: range.end, expression: .range(range.from, range.to))
        }
        if let to = shortYear(after: first) {
            return TimeMatch(first: index, end: first.end + 2, expression: .range(first.fields, to))
        }
        guard !first.isWeak else { return nil }
        if first.fields.month != nil, first.fields.year == nil,
            let (shift, end) = relativeYear(at: first.end)
                ?? (tokens.indices.contains(first.end) && tokens[first.end].keyword == .of
                    ? relativeYear(at: first.end + 1) : nil)
        {
            var fields = first.fields
            fields.yearShift = shift
            return TimeMatch(first: index, end: end, expression: .fields(fields))
        }
        return TimeMatch(first: index, end: first.end, expression: .fields(first.fields))
    }

    /// "last year" (-1), "this year" (0) or "next year" (+1) after a year-less date ("July 1
    /// last year", "March of this year"), with the index past it.
    private func relativeYear(at index: Int) -> (Int, Int)? {
        guard index + 1 < tokens.count, tokens[index + 1].keyword == .year,
            tokens[index + 1].end - tokens[index + 1].start == 4
        else { return nil }
        switch tokens[index].keyword {
        case .last: return (-1, index + 2)
        case .this: return (0, index + 2)
        case .next: return (1, index + 2)
        default: return nil
        }
    }

    /// The year a glued two-digit number after a lone year names when it is a later year of
    /// the same century ("1998-99" ends in 1999); days ("2015-16") are `join`'s.
    private func shortYear(after first: PointMatch) -> DateFields? {
        guard first.fields.shape == 0, let year = first.fields.year, first.end + 1 < tokens.count else { return nil }
        let (dash, short) = (tokens[first.end], tokens[first.end + 1])
        guard dash.isDash, !dash.spaced, !short.spaced, short.kind == .number, short.digits == 2, !short.isCompound,
            year / 100 * 100 + short.value > year,
            first.end + 2 >= tokens.count || !(tokens[first.end + 2].isDash && !tokens[first.end + 2].spaced)
        else { return nil }
        return DateFields(year: year / 100 * 100 + short.value)
    }

    private func isConnector(_ token: TimeToken, opener: TimeKeyword?) -> Bool {
        if token.isDash { return true }
        switch token.keyword {
        case .to, .through, .until, .till: return opener != .between
        case .and: return opener != .from
        default: return false
        }
    }

    /// Joins two points into a range, sharing the month and year one of them leaves out.
    private func join(
        _ first: PointMatch, _ second: PointMatch, connector: TimeToken, opener: TimeKeyword?
    ) -> (from: DateFields, to: DateFields, end: Int)? {
        var from = first.fields
        var to = second.fields
        var end = second.end
        switch (from.shape, to.shape) {
        case (-1, 2):
            from.month = to.month
            from.year = to.year
            guard from.day! < to.day! else { return nil }
        case (2, -1):
            guard !second.token.isCompound, to.day! > from.day! else { return nil }
            to.month = from.month
            to.year = from.year
            if from.year == nil, let (year, yearEnd) = trailingYear(at: end) {
                from.year = year
                to.year = year
                end = yearEnd
            }
        case (2, 2), (1, 1):
            if from.year == nil, let year = to.year { from.year = from.month! <= to.month! ? year : year - 1 }
        case (0, 0):
            guard to.year! > from.year! else { return nil }
        case (0, -1):
            let short = second.token
            guard connector.isDash, !connector.spaced, short.digits == 2 else { return nil }
            to = DateFields(year: from.year! / 100 * 100 + short.value)
            guard to.year! > from.year! else { return nil }
        case (3, 3):
            break
        default:
            return nil
        }
        if connector.keyword == .and, opener != .between {
            // "Oct. 23 and 24" is a two-day span; "Oct. 23 and 26" is two separate days.
            guard let fromDay = from.day, let toDay = to.day, from.month == to.month, toDay == fromDay + 1 else {
                return nil
            }
        }
        return (from, to, end)
    }

    /// A point: its fields, where it ends, and whether it stands only as part of a range.
    struct PointMatch {
        var fields: DateFields
        var end: Int
        /// A bare day number, or a lone month name with no word introducing it.
        var isWeak: Bool
        var token: TimeToken
    }

    /// One calendar point starting at `index`, with an optional "early", "mid-", "the end of" before it.
    /// `joined` says a range connector comes just before, so a year there may follow a number.
    private func point(at index: Int, introduced: Bool, joined: Bool = false) -> PointMatch? {
        guard index < tokens.count else { return nil }
        if let core = MonthPart.end(of: tokens, at: index) {
            // "late Thursday" is that Thursday; "the end of Thursday" is no date.
            let dayPart = tokens[index].keyword == .early || tokens[index].keyword == .late
            guard core < tokens.count, var inner = point(at: core, introduced: true),
                inner.fields.day == nil, inner.fields.weekday == nil || dayPart && inner.fields.isWeekdayOnly,
                inner.fields.shape >= 0
            else { return nil }
            inner.isWeak = false
            return inner
        }
        let token = tokens[index]
        switch token.kind {
        case .word where token.weekday > 0 && token.capitalized:
            return weekdayPoint(at: index)
        case .word where token.month > 0 && token.capitalized:
            return monthPoint(at: index, introduced: introduced)
        case .number:
            return numberPoint(at: index, joined: joined)
        default:
            return nil
        }
    }

    /// "Thursday", "Thursday (Oct. 22)", "Thursday, October 22, 2015".
    private func weekdayPoint(at index: Int) -> PointMatch? {
        let weekday = tokens[index].weekday
        var cursor = index + 1
        if cursor < tokens.count, tokens[cursor].isMark(UInt8(ascii: ",")) { cursor += 1 }
        let parenthesised = cursor < tokens.count && tokens[cursor].isMark(UInt8(ascii: "("))
        if parenthesised { cursor += 1 }
        if cursor < tokens.count, var date = point(at: cursor, introduced: true), date.fields.hasDay,
            date.fields.weekday == nil
        {
            if parenthesised {
                guard date.end < tokens.count, tokens[date.end].isMark(UInt8(ascii: ")")) else { return nil }
                date.end += 1
            }
            date.fields.weekday = weekday
            return date
        }
        // "Monday night", "Tuesday afternoon": the part of the day is part of the expression.
        var end = index + 1 < tokens.count && tokens[index + 1].keyword.map(isPartOfDay) == true ? index + 2 : index + 1
        var fields = DateFields(weekday: weekday)
        if let (shift, weekEnd) = week(at: end) {
            fields.weekShift = shift
            end = weekEnd
        }
        return PointMatch(fields: fields, end: end, isWeak: false, token: tokens[index])
    }

    /// "next week" (+1), "this week" (0) or "last week" (-1) after a weekday, with or without
    /// "of" ("Tuesday next week", "Friday of last week"), and the index past it.
    private func week(at index: Int) -> (Int, Int)? {
        let start = index < tokens.count && tokens[index].keyword == .of ? index + 1 : index
        guard start + 1 < tokens.count, tokens[start + 1].keyword == .week,
            tokens[start + 1].end - tokens[start + 1].start == 4
        else { return nil }
        switch tokens[start].keyword {
        case .last: return (-1, start + 2)
        case .this: return (0, start + 2)
        case .next: return (1, start + 2)
        default: return nil
        }
    }

    /// "Oct. 23", "October 23, 2015", "October 2015", "March" (weak unless introduced).
    private func monthPoint(at index: Int, introduced: Bool) -> PointMatch? {
        let token = tokens[index]
        let month = token.month
        var cursor = index + 1
        let dotted = cursor < tokens.count && tokens[cursor].isMark(UInt8(ascii: ".")) && !tokens[cursor].spaced
        if dotted && token.word!.monthIsAbbreviation { cursor += 1 }
        if cursor < tokens.count, let day = dayNumber(at: cursor) {
            var fields = DateFields(month: month, day: day)
            var end = cursor + 1
            if let (year, yearEnd) = trailingYear(at: end) {
                fields.year = year
                end = yearEnd
            }
            return PointMatch(fields: fields, end: end, isWeak: false, token: token)
        }
        if let (year, yearEnd) = trailingYear(at: cursor) ?? yearOf(at: cursor) {
            return PointMatch(fields: DateFields(year: year, month: month), end: yearEnd, isWeak: false, token: token)
        }
        guard !token.word!.monthIsAbbreviation || dotted else { return nil }
        if isName(at: cursor) { return nil }  // "April Santos", "May Tan"
        let isModal = month == 5 && !introduced
        guard !isModal || cursor < tokens.count && tokens[cursor].isDash else { return nil }
        return PointMatch(fields: DateFields(month: month), end: cursor, isWeak: !introduced, token: token)
    }

    /// "23 October 2015", "23rd of October", "2015", or a bare day number (weak).
    private func numberPoint(at index: Int, joined: Bool) -> PointMatch? {
        let token = tokens[index]
        guard !token.isCompound else { return nil }
        if let day = dayNumber(at: index) {
            var cursor = index + 1
            if cursor < tokens.count, tokens[cursor].keyword == .of { cursor += 1 }
            if cursor < tokens.count, tokens[cursor].kind == .word, tokens[cursor].month > 0, tokens[cursor].capitalized
            {
                let monthToken = tokens[cursor]
                var fields = DateFields(month: monthToken.month, day: day)
                cursor += 1
                if cursor < tokens.count, monthToken.word!.monthIsAbbreviation,
                    tokens[cursor].isMark(UInt8(ascii: ".")),
                    !tokens[cursor].spaced
                {
                    cursor += 1
                }
                if let (year, yearEnd) = trailingYear(at: cursor) {
                    fields.year = year
                    cursor = yearEnd
                }
                return PointMatch(fields: fields, end: cursor, isWeak: false, token: token)
            }
            return PointMatch(fields: DateFields(day: day), end: index + 1, isWeak: true, token: token)
        }
        if isYear(at: index, joined: joined) {
            return PointMatch(fields: DateFields(year: token.value), end: index + 1, isWeak: false, token: token)
        }
        return nil
    }

    /// The day of month a one- or two-digit number (or ordinal) gives, if it can be one.
    private func dayNumber(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, !token.isCompound, token.digits <= 2, (1...31).contains(token.value) else {
            return nil
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.isMark(UInt8(ascii: "%")) || next.word?.countsThings == true { return nil }
        }
        return token.value
    }

    /// "of 2015" after a month name ("November of 2015").
    private func yearOf(at index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].keyword == .of, index + 1 < tokens.count,
            tokens[index + 1].kind == .number, tokens[index + 1].spaced
        else { return nil }
        return trailingYear(at: index + 1)
    }

    /// A year after a month or day: "2015" or ", 2015".
    private func trailingYear(at index: Int) -> (Int, Int)? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].isMark(UInt8(ascii: ",")) { cursor += 1 }
        guard cursor < tokens.count else { return nil }
        let token = tokens[cursor]
        guard token.kind == .number, token.digits == 4, !token.isCompound, (1000...2999).contains(token.value) else {
            return nil
        }
        if cursor + 1 < tokens.count, tokens[cursor + 1].isMark(UInt8(ascii: ":")) { return nil }
        return (token.value, cursor + 1)
    }

    /// Whether a four-digit number standing alone reads as a year and not a count, a label
    /// ("Article 2015", "Vision 2025"), a phone number or a decade ("the 1990's").
    private func isYear(at index: Int, joined: Bool) -> Bool {
        let token = tokens[index]
        guard token.digits == 4, !token.isCompound, !token.isOrdinal, (1900...2100).contains(token.value) else {
            return false
        }
        if index > 0, !joined {
            let previous = tokens[index - 1]
            switch previous.kind {
            case .number: return false
            case .mark:
                if previous.isMark(UInt8(ascii: "$")) || previous.isMark(UInt8(ascii: "#")) { return false }
                if previous.isMark(UInt8(ascii: ".")), index > 1, tokens[index - 2].word?.labelsNumber == true {
                    return false
                }
                if previous.isDash || previous.isMark(UInt8(ascii: "/")), !token.spaced, index > 1,
                    tokens[index - 2].kind == .number
                {
                    return false
                }
            case .word:
                if previous.word?.labelsNumber == true { return false }
                let isDateWord = previous.word.map { $0.introducesDate || $0.month > 0 || $0.keyword != nil } ?? false
                if previous.capitalized, !isDateWord, !isSentenceStart(index - 1) { return false }
            }
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.word?.countsThings == true || next.isMark(UInt8(ascii: "%")) { return false }
            if next.kind == .number, next.spaced == true, next.digits >= 3 { return false }
            if next.isMark(UInt8(ascii: "'")), token.value % 10 == 0, index + 2 < tokens.count,
                tokens[index + 2].keyword == .s
            {
                return false
            }
        }
        return true
    }

    private func isPartOfDay(_ keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .morning, .afternoon, .evening, .night: true
        default: false
        }
    }

    /// Whether a capitalised word the lexicon does not know stands at `index`: after a month
    /// name, a surname ("May Tan").
    private func isName(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        return token.kind == .word && token.capitalized && token.spaced && token.word == nil
    }

    private func isSentenceStart(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].newline else { return true }
        let previous = tokens[index - 1]
        return previous.isMark(UInt8(ascii: ".")) || previous.isMark(UInt8(ascii: "\""))
            || previous.isMark(UInt8(ascii: "("))
    }
}
