/// A date written in a byline, dateline or footer, as found.
struct BylineDate: Equatable {
    var year: Int?
    var month: Int
    var day: Int
    /// For an all-numeric date whose first two parts could be either day or month
    /// (`11/09/2019`), the month-first reading; `month`/`day` hold the day-first one.
    var monthFirst: (month: Int, day: Int)?
    /// Byte range of the date in the text.
    var range: Range<Int>

    static func == (lhs: BylineDate, rhs: BylineDate) -> Bool {
        lhs.year == rhs.year && lhs.month == rhs.month && lhs.day == rhs.day && lhs.range == rhs.range
            && lhs.monthFirst?.month == rhs.monthFirst?.month && lhs.monthFirst?.day == rhs.monthFirst?.day
    }

    /// The day, when the date has a year and names a real day.
    var fullDay: Day? { year.flatMap { Day(year: $0, month: month, day: day) } }
}

/// Finds the dates bylines, datelines and footers write: `2015-10-21 19:16:03`,
/// `2019/9/5`, `22/11/2011`, `Oct. 21`, `October 21, 2015`, `21 Oct 2015`,
/// `1 November, 2011`, `10-Sep-2019`. Times of day (`19:46`) are never read as days.
///
/// Kept to metadata: the full temporal tagger of article text lives in `Time/`.
enum BylineDateParser {
    /// Every date in `bytes[range]`, in order.
    static func dates(in bytes: [UInt8], _ range: Range<Int>) -> [BylineDate] {
        var found: [BylineDate] = []
        forEachDate(in: bytes, range) { date in
            found.append(date)
            return true
        }
        return found
    }

    /// The first date in `bytes[range]`, and whether another follows it: what `dates(in:_:)`
    /// tells of one line, without making an array or reading past the second date.
    static func firstDate(in bytes: [UInt8], _ range: Range<Int>) -> (date: BylineDate?, more: Bool) {
        var first: BylineDate?
        var more = false
        forEachDate(in: bytes, range) { date in
            if first == nil {
                first = date
                return true
            }
            more = true
            return false
        }
        return (first, more)
    }

    /// Gives `body` the dates in `bytes[range]` in order, while it returns true.
    static func forEachDate(in bytes: [UInt8], _ range: Range<Int>, _ body: (BylineDate) -> Bool) {
        // Every pattern has a number in it: a stretch without a digit is not tokenized at all.
        guard bytes[range].contains(where: ByteClass.isDigit) else { return }
        DateToken.withTokens(bytes, range) { tokens in
            var t = 0
            while t < tokens.count {
                // A date starts with a number or a month's name: other tokens are passed over at once.
                if mayStartDate(tokens[t]),
                    let (date, next) = numeric(tokens, t) ?? monthFirst(tokens, t) ?? dayFirst(tokens, t)
                {
                    guard body(date) else { return }
                    t = next
                } else {
                    t += 1
                }
            }
        }
    }

    /// Whether a date can start at `token`: each pattern starts with a number or a month.
    private static func mayStartDate(_ token: DateToken) -> Bool {
        switch token.kind {
        case .number: true
        case .word(let month, _): month != nil
        case .mark: false
        }
    }

    /// `YYYY-MM-DD`, `YYYY/M/D`, `DD/MM/YYYY`, `D.M.YYYY`.
    private static func numeric(_ tokens: UnsafeBufferPointer<DateToken>, _ t: Int) -> (BylineDate, Int)? {
        guard t + 4 < tokens.count, !isTime(tokens, t),
            case .number(let a, let aDigits) = tokens[t].kind,
            case .mark(let s1) = tokens[t + 1].kind, [0x2D, 0x2F, 0x2E].contains(s1),
            case .number(let b, let bDigits) = tokens[t + 2].kind, bDigits <= 2,
            case .mark(let s2) = tokens[t + 3].kind, s2 == s1,
            case .number(let c, let cDigits) = tokens[t + 4].kind,
            adjacent(tokens, t, t + 4)
        else { return nil }
        let range = tokens[t].range.lowerBound..<tokens[t + 4].range.upperBound
        if aDigits == 4, cDigits <= 2, BylineCalendarWords.plausibleYears.contains(a),
            Day(year: a, month: b, day: c) != nil
        {
            return (BylineDate(year: a, month: b, day: c, range: range), t + 5)
        }
        guard aDigits <= 2, cDigits == 4, BylineCalendarWords.plausibleYears.contains(c) else { return nil }
        let dayFirst = Day(year: c, month: b, day: a) != nil
        let monthFirst = Day(year: c, month: a, day: b) != nil
        switch (dayFirst, monthFirst) {
        case (true, true):
            let alternative = a == b ? nil : (month: a, day: b)
            return (BylineDate(year: c, month: b, day: a, monthFirst: alternative, range: range), t + 5)
        case (true, false): return (BylineDate(year: c, month: b, day: a, range: range), t + 5)
        case (false, true): return (BylineDate(year: c, month: a, day: b, range: range), t + 5)
        case (false, false): return nil
        }
    }

    /// `Oct. 21`, `October 21, 2015`, `SEP 17, 2020`.
    private static func monthFirst(_ tokens: UnsafeBufferPointer<DateToken>, _ t: Int) -> (BylineDate, Int)? {
        guard let month = monthNumber(tokens[t]) else { return nil }
        var k = t + 1
        if k < tokens.count, tokens[k].kind == .mark(0x2E) { k += 1 }
        guard k < tokens.count, case .number(let day, let digits) = tokens[k].kind, digits <= 2, (1...31).contains(day),
            !isTime(tokens, k)
        else { return nil }
        var end = k + 1
        var y = k + 1
        if y < tokens.count, tokens[y].kind == .mark(0x2C) { y += 1 }
        let year = plausibleYear(tokens, y)
        if year != nil { end = y + 1 }
        return make(year: year, month: month, day: day, tokens, t, end)
    }

    /// The four-digit year at token `y`, when it is one a news date can carry (not a time).
    private static func plausibleYear(_ tokens: UnsafeBufferPointer<DateToken>, _ y: Int) -> Int? {
        guard y < tokens.count, case .number(let value, 4) = tokens[y].kind,
            BylineCalendarWords.plausibleYears.contains(value), !isTime(tokens, y)
        else { return nil }
        return value
    }

    /// `21 Oct 2015`, `1 November, 2011`, `10-Sep-2019`, `11 Sept`.
    private static func dayFirst(_ tokens: UnsafeBufferPointer<DateToken>, _ t: Int) -> (BylineDate, Int)? {
        guard case .number(let day, let digits) = tokens[t].kind, digits <= 2, (1...31).contains(day),
            !isTime(tokens, t)
        else { return nil }
        var k = t + 1
        if k < tokens.count, tokens[k].kind == .mark(0x2D) { k += 1 }
        guard k < tokens.count, let month = monthNumber(tokens[k]) else { return nil }
        var end = k + 1
        var y = k + 1
        if y < tokens.count, tokens[y].kind == .mark(0x2E) { y += 1 }
        if y < tokens.count, tokens[y].kind == .mark(0x2C) || tokens[y].kind == .mark(0x2D) { y += 1 }
        let year = plausibleYear(tokens, y)
        if year != nil { end = y + 1 }
        return make(year: year, month: month, day: day, tokens, t, end)
    }

    private static func make(
        year: Int?, month: Int, day: Int, _ tokens: UnsafeBufferPointer<DateToken>, _ first: Int, _ end: Int
    ) -> (BylineDate, Int)? {
        guard day <= Day.daysIn(month: month, year: year ?? 2000) else { return nil }
        let range = tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound
        return (BylineDate(year: year, month: month, day: day, range: range), end)
    }

    private static func monthNumber(_ token: DateToken) -> Int? {
        guard case .word(let month, _) = token.kind else { return nil }
        return month
    }

    /// Whether the number at `k` is part of a time of day (`19:46`, `6:42`).
    private static func isTime(_ tokens: UnsafeBufferPointer<DateToken>, _ k: Int) -> Bool {
        (k + 1 < tokens.count && tokens[k + 1].kind == .mark(0x3A)
            && tokens[k].range.upperBound == tokens[k + 1].range.lowerBound)
            || (k > 0 && tokens[k - 1].kind == .mark(0x3A)
                && tokens[k - 1].range.upperBound == tokens[k].range.lowerBound)
    }

    /// Whether tokens `from...to` touch each other with no blank between.
    private static func adjacent(_ tokens: UnsafeBufferPointer<DateToken>, _ from: Int, _ to: Int) -> Bool {
        (from..<to).allSatisfy { tokens[$0].range.upperBound == tokens[$0 + 1].range.lowerBound }
    }
}
