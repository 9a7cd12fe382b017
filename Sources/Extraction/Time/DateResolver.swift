/// Turns a `TimeExpression` into calendar values against a reference day (the publication date).
///
/// Rules, in the order the annotation contract gives them:
/// - A year-less day takes the year (reference year - 1, same, + 1) that puts it nearest the
///   reference in the tense's direction: past, on or before it; future, on or after it;
///   present, nearest either way. One day of slack absorbs time-zone gaps between a dateline
///   and its byline. A weekday given with the date ("Thursday (Oct. 22)") picks the year
///   where the two agree when there is one.
/// - A year-less month: past, the latest such month starting on or before the reference;
///   future, the earliest ending on or after it; present, the nearest.
/// - A lone weekday: past, 0 to 6 days before; future, 1 to 7 days after; present, within 3
///   days either way. "last"/"next" make it 1 to 7 days before/after whatever the tense.
/// - A quarter counted from a date ("last quarter", "the previous quarter") is written as its
///   year. Weeks and weekends cannot be written as a partial date: the value is their month when
///   all their days fall in one month, else `nil`. "The weekend" is the last one begun
///   (past) or the next one not over (future, present).
/// - Anaphoric expressions count from the `DateFocus`; "the 15th" is that day of the month
///   in focus, or, with only the publication day to go by, of the month the tense points to.
/// - A named part of a year is written as its year: given, counted ("of last year"), or
///   placed by the tense (past, the latest begun before the reference month; future, the
///   next not ended by it).
struct DateResolver {
    let reference: Day?

    /// The start and end of an expression; `end` is `nil` unless it is a range.
    func resolve(_ expression: TimeExpression, focus: DateFocus, tense: () -> Tense)
        -> (start: PartialDate?, end: PartialDate?)
    {
        switch expression {
        case .fields(let fields):
            return (resolve(fields, tense: fields.year == nil ? tense() : .past), nil)
        case .range(let from, let to):
            let start = resolve(from, tense: from.year == nil ? tense() : .past)
            return (start, start.flatMap { resolve(to, after: $0) })
        case .shift(let count, let unit):
            return (reference.flatMap { shift($0, by: count, unit) }, nil)
        case .anaphoric(let count, let unit):
            return (anaphoric(count, unit, focus: focus), nil)
        case .weekdayFromFocus(let weekday, let direction):
            guard let day = focus.day else { return (nil, nil) }
            let ahead = (weekday - day.weekday + 7) % 7
            let back = (day.weekday - weekday + 7) % 7
            return (
                .day(day.adding(days: direction == .before ? -(back == 0 ? 7 : back) : ahead == 0 ? 7 : ahead)), nil
            )
        case .dayOfMonth(let day):
            return (dayOfMonth(day, focus: focus, tense: tense), nil)
        case .yearPart(let part):
            return (part.inFocusYear ? focus.year.flatMap { PartialDate(year: $0) } : yearPart(part, tense: tense), nil)
        case .weekend:
            guard let reference else { return (nil, nil) }
            let started = reference.weekday >= 6
            return (shift(reference, by: started || tense() != .past ? 0 : -1, .weekend), nil)
        case .unwritable:
            return (nil, nil)
        }
    }

    /// `count` units from the focus, when the focus is known as finely as the unit needs.
    private func anaphoric(_ count: Int, _ unit: TimeUnit, focus: DateFocus) -> PartialDate? {
        switch unit {
        case .day, .week, .weekend: return focus.day.flatMap { shift($0, by: count, unit) }
        case .month:
            return focus.monthIndex.flatMap { index in
                PartialDate(year: (index + count) / 12, month: (index + count) % 12 + 1)
            }
        case .quarter: return focus.monthIndex.flatMap { PartialDate(year: ($0 / 3 + count) / 4) }
        case .year: return focus.year.flatMap { PartialDate(year: $0 + count) }
        }
    }

    /// The `day` of the month in focus when a month has been named, else of the month around
    /// the reference that the tense points to (past, on or before it; future, on or after).
    private func dayOfMonth(_ day: Int, focus: DateFocus, tense: () -> Tense) -> PartialDate? {
        guard var index = focus.monthIndex, let reference else { return nil }
        if focus.day == reference, focus.monthIndex == reference.year * 12 + reference.month - 1 {
            switch tense() {
            case .past: if day > reference.day + 1 { index -= 1 }
            case .future: if day < reference.day - 1 { index += 1 }
            case .present: break
            }
        }
        return PartialDate(year: index / 12, month: index % 12 + 1, day: day)
    }

    private func yearPart(_ part: YearPart, tense: () -> Tense) -> PartialDate? {
        if let year = part.year { return PartialDate(year: year) }
        guard let reference, !part.straddlesYears else { return nil }
        if let shift = part.yearShift { return PartialDate(year: reference.year + shift) }
        let (first, last, now) = (part.months.lowerBound, part.months.upperBound, reference.month)
        let year: Int
        switch part.direction {
        case .sameYear?: year = reference.year
        case .before?: year = last < now ? reference.year : reference.year - 1
        case .after?: year = first > now ? reference.year : reference.year + 1
        case nil:
            switch tense() {
            case .past: year = first < now ? reference.year : reference.year - 1
            case .future: year = last >= now ? reference.year : reference.year + 1
            case .present:
                year = first - now > 6 ? reference.year - 1 : now - last > 6 ? reference.year + 1 : reference.year
            }
        }
        return PartialDate(year: year)
    }

    /// The value of explicit fields; year-less ones are placed by `tense` unless they carry a direction.
    func resolve(_ fields: DateFields, tense: Tense) -> PartialDate? {
        if let year = fields.year {
            if fields.month == nil { return PartialDate(year: year) }
            return PartialDate(year: year, month: fields.month, day: fields.hasDay ? fields.day : nil)
        }
        guard let reference else { return nil }
        if let shift = fields.yearShift {
            return PartialDate(year: reference.year + shift, month: fields.month, day: fields.hasDay ? fields.day : nil)
        }
        if let month = fields.month, let day = fields.day {
            return yearlessDay(month: month, day: day, weekday: fields.weekday, tense: tense, reference: reference)
        }
        if let month = fields.month {
            return yearlessMonth(month, direction: fields.direction, tense: tense, reference: reference)
        }
        if let weekday = fields.weekday, let shift = fields.weekShift {
            return .day(reference.adding(days: 7 * shift + weekday - reference.weekday))
        }
        if let weekday = fields.weekday {
            return .day(self.weekday(weekday, direction: fields.direction, tense: tense, reference: reference))
        }
        return nil
    }

    /// The end of a range: the first value with `fields` that does not precede `start`.
    private func resolve(_ fields: DateFields, after start: PartialDate) -> PartialDate? {
        if fields.year != nil { return resolve(fields, tense: .past) }
        let first = start.firstDay
        if let month = fields.month, let day = fields.day {
            for year in first.year...first.year + 1 {
                if let candidate = Day(year: year, month: month, day: day), candidate >= first {
                    return .day(candidate)
                }
            }
            return nil
        }
        if let month = fields.month {
            return .month(year: month >= first.month ? first.year : first.year + 1, month: month)
        }
        if let weekday = fields.weekday, case .day = start {
            return .day(first.adding(days: (weekday - first.weekday + 7) % 7))
        }
        return nil
    }

    private func yearlessDay(month: Int, day: Int, weekday: Int?, tense: Tense, reference: Day) -> PartialDate? {
        // The candidates are the day in the years around the reference, in order: only those
        // on `weekday` when there are any. Past takes the last one at most a day after the
        // reference (else the first), future the first at most a day before it (else the
        // last), present the nearest (the first of equals).
        let years = reference.year - 1...reference.year + 1
        let referenceOrdinal = reference.ordinal
        let anyAgrees = weekday != nil && years.contains { Day(year: $0, month: month, day: day)?.weekday == weekday }
        var first: Day?
        var last: Day?
        var lastNotAfter: Day?
        var firstNotBefore: Day?
        var nearest: (day: Day, gap: Int)?
        for year in years {
            guard let candidate = Day(year: year, month: month, day: day), !anyAgrees || candidate.weekday == weekday
            else { continue }
            let distance = candidate.ordinal - referenceOrdinal
            first = first ?? candidate
            last = candidate
            if distance <= 1 { lastNotAfter = candidate }
            if distance >= -1, firstNotBefore == nil { firstNotBefore = candidate }
            if nearest.map({ abs(distance) < $0.gap }) ?? true { nearest = (candidate, abs(distance)) }
        }
        let chosen: Day?
        switch tense {
        case .past: chosen = lastNotAfter ?? first
        case .future: chosen = firstNotBefore ?? last
        case .present: chosen = nearest?.day
        }
        return chosen.map { .day($0) }
    }

    private func yearlessMonth(_ month: Int, direction: TimeDirection?, tense: Tense, reference: Day) -> PartialDate {
        let year: Int
        switch (direction, tense) {
        case (.sameYear?, _): year = reference.year
        case (.before?, _): year = month < reference.month ? reference.year : reference.year - 1
        case (.after?, _): year = month > reference.month ? reference.year : reference.year + 1
        case (nil, .past): year = month <= reference.month ? reference.year : reference.year - 1
        case (nil, .future): year = month >= reference.month ? reference.year : reference.year + 1
        case (nil, .present):
            let gap = month - reference.month
            year = gap > 6 ? reference.year - 1 : gap < -6 ? reference.year + 1 : reference.year
        }
        return .month(year: year, month: month)
    }

    private func weekday(_ weekday: Int, direction: TimeDirection?, tense: Tense, reference: Day) -> Day {
        let back = (reference.weekday - weekday + 7) % 7
        let ahead = (weekday - reference.weekday + 7) % 7
        switch (direction, tense) {
        case (.before?, _): return reference.adding(days: -(back == 0 ? 7 : back))
        case (.after?, _), (nil, .future), (.sameYear?, .future): return reference.adding(days: ahead == 0 ? 7 : ahead)
        case (nil, .past), (.sameYear?, .past): return reference.adding(days: -back)
        case (nil, .present), (.sameYear?, .present): return reference.adding(days: ahead <= 3 ? ahead : -back)
        }
    }

    private func shift(_ reference: Day, by count: Int, _ unit: TimeUnit) -> PartialDate? {
        switch unit {
        case .day:
            return .day(reference.adding(days: count))
        case .week, .weekend:
            let monday = reference.adding(days: 1 - reference.weekday + 7 * count)
            let first = unit == .week ? monday : monday.adding(days: 5)
            let last = monday.adding(days: 6)
            return first.month == last.month ? .month(year: first.year, month: first.month) : nil
        case .quarter:
            return PartialDate(year: (reference.year * 4 + (reference.month - 1) / 3 + count) / 4)
        case .month:
            let index = reference.year * 12 + reference.month - 1 + count
            return PartialDate(year: index / 12, month: index % 12 + 1)
        case .year:
            return PartialDate(year: reference.year + count)
        }
    }
}
