/// Places a day and month with no year (a dateline's `Oct. 21`) in a year.
enum YearGuess {
    /// Lower-case words of a sentence that looks ahead: its year is not yet the present.
    static let futureWords: [[UInt8]] = [
        "will", "next", "would", "shall", "upcoming", "plans", "planned", "by", "until",
    ].map { Array($0.utf8) }

    /// In order: the year nearest `anchor` (a full date elsewhere in the article); the year
    /// whose day falls on the weekday the lead paragraph names, nearest the reference (the
    /// latest year the article mentions, else `referenceYear`, else the default) and not
    /// before the latest year mentioned when such a year fits; the latest
    /// year the article mentions; `referenceYear`. `nil` when nothing points to a year.
    static func place(month: Int, day: Int, near anchor: Day?, text: ArticleLayout, referenceYear: Int?) -> Day? {
        if let anchor {
            let candidates = (anchor.year - 1...anchor.year + 1).compactMap { Day(year: $0, month: month, day: day) }
            return candidates.min { abs($0.ordinal - anchor.ordinal) < abs($1.ordinal - anchor.ordinal) }
        }
        let mentioned = text.latestYearMentioned
        if let weekday = text.leadWeekday {
            let reference = mentioned ?? referenceYear ?? BylineCalendarWords.defaultReferenceYear
            let fitting = BylineCalendarWords.plausibleYears.compactMap { Day(year: $0, month: month, day: day) }
                .filter { $0.weekday == weekday }
            // An article is seldom older than the latest year it mentions ("the first since 2011").
            let notOlder = fitting.filter { $0.year >= mentioned ?? Int.min }
            let candidates = notOlder.isEmpty ? fitting : notOlder
            return candidates.min { lhs, rhs in
                let (l, r) = (abs(lhs.year - reference), abs(rhs.year - reference))
                return l != r ? l < r : lhs.year > rhs.year
            }
        }
        return (mentioned ?? referenceYear).flatMap { Day(year: $0, month: month, day: day) }
    }
}
