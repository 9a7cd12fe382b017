/// Chooses a gathering's start and end from the dates its mentions carry.
///
/// The most precise plain date ("held on Oct. 31") is the start, a date after "opened" the start,
/// a date after "closed" or "until" the end. A stated length ("two-day") fixes the end; a plain
/// day with no length and no "opened" is a one-day gathering. With no date at all, the first
/// gathering of an article takes the date of the lead sentence ("agreed on Monday").
struct DateAttribution: Sendable {
    struct Result: Sendable {
        var start: PartialDate?
        var end: PartialDate?
        var startRange: Range<Int>?
        var endRange: Range<Int>?
        /// The days the gathering covers, a week from its start when its end is unknown.
        var window: ClosedRange<Day>? {
            guard let start else { return nil }
            let last = end?.lastDay ?? start.lastDay.adding(days: 6)
            return start.firstDay...max(last, start.firstDay)
        }
    }

    let article: Article
    let mentions: [Mention]
    let facts: [LocalFacts]
    let members: [Int]
    /// Whether this is the article's first gathering (which may take the lead's date).
    let isFirst: Bool

    func dates() -> Result {
        var singles: [(value: PartialDate, end: PartialDate?, range: Range<Int>)] = []
        var starts: [(value: PartialDate, range: Range<Int>)] = []
        var ends: [(value: PartialDate, range: Range<Int>)] = []
        var duration: Int?
        func add(_ value: PartialDate?, _ cue: DateCue, _ role: LocalFacts.DateRole) {
            guard let value else { return }
            switch role {
            case .single: singles.append((value, cue.end, cue.range))
            case .start: starts.append((value, cue.range))
            case .end: ends.append((value, cue.range))
            }
        }
        // Each member's own date, then its other dates that open or close it, read in place.
        for member in members {
            if duration == nil { duration = facts[member].duration?.days }
            if let date = facts[member].date { add(facts[member].resolved, date.cue, date.role) }
            for extra in facts[member].extraDates where extra.role != .single {
                add(extra.cue.start, extra.cue, extra.role)
            }
        }
        if singles.isEmpty, starts.isEmpty, ends.isEmpty, let lead = leadDate() { singles.append(lead) }
        var result = Result()
        var plainDay = false
        // A more precise opening day beats a vague plain date ("next week ... set to open on July 12").
        let bestSingle = singles.lazy.map(\.value.precision).max() ?? -1
        if let opening = starts.first(where: { $0.value.precision > bestSingle }) {
            singles = []
            starts = [opening] + starts.filter { $0.range != opening.range }
        }
        if let best = singles.max(by: { $0.value.precision < $1.value.precision }),
            let first = singles.first(where: { $0.value.precision == best.value.precision })
        {
            result.start = first.value
            result.startRange = first.range
            if let end = first.end {
                result.end = end
                result.endRange = first.range
            }
            plainDay = first.end == nil && first.value.precision == 2
        } else if let start = starts.first {
            result.start = start.value
            result.startRange = start.range
        }
        if let end = ends.first, result.end == nil, duration == nil || result.start == nil {
            if let start = result.start, end.value.firstDay < start.firstDay {
                // A close before the start read: the start was the close.
            } else {
                result.end = end.value
                result.endRange = end.range
                if result.start == nil, let duration, case .day(let day) = end.value {
                    result.start = .day(day.adding(days: 1 - duration))
                    result.startRange = end.range
                }
            }
        }
        if result.end == nil, case .day(let day)? = result.start {
            if let duration {
                result.end = .day(day.adding(days: duration - 1))
            } else if plainDay && starts.isEmpty {
                result.end = result.start
            }
        }
        if result.end == nil, case .day(let endDay)? = result.start, let startDay = starts.first?.value,
            startDay.firstDay < endDay
        {
            // "which opened Friday" after "which ended Saturday": the plain day was the close.
            result.end = result.start
            result.endRange = result.startRange
            result.start = startDay
            result.startRange = starts.first?.range
        }
        return result
    }

    /// The first date of the lead sentence, for the article's first gathering when it names
    /// the gathering within the first sentences.
    private func leadDate() -> (value: PartialDate, end: PartialDate?, range: Range<Int>)? {
        guard isFirst, let lead = article.leadSentence, let first = members.first,
            mentions[first].sentence - lead <= 2
        else { return nil }
        let reader = LocalFactReader(article: article)
        // The dispatch's own date dates a gathering reported as under way or done ("opened
        // here"), never one still to come ("will hold talks").
        let future = members.contains { facts[$0].isFuture }
        for entry in article.dates(inSentence: lead) {
            guard !reader.isReported(entry.token, entry.cue), let start = entry.cue.start,
                !(future && reader.isDateline(entry.token, entry.cue))
            else { continue }
            return (start, entry.cue.end, entry.cue.range)
        }
        return nil
    }
}
