/// Which way a modifier points a year-less date or a weekday, overriding the clause's tense.
enum TimeDirection: Sendable, Hashable {
    /// "last Friday", "last March": strictly before the reference day (or month).
    case before
    /// "next Friday", "next March": strictly after it.
    case after
    /// "this March": in the reference year.
    case sameYear
}

/// Calendar fields as the text gives them, before the year is inferred.
///
/// Stored narrowly (a year fits 16 bits, the rest 8) so that matches stay small to copy; a
/// value that does not fit is a bug of the scanner and traps.
struct DateFields: Sendable, Hashable {
    private var storedYear: Int16?
    private var storedMonth: UInt8?
    private var storedDay: UInt8?
    private var storedWeekday: UInt8?
    private var storedYearShift: Int8?
    private var storedWeekShift: Int8?
    var direction: TimeDirection?

    init(year: Int? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil, direction: TimeDirection? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.direction = direction
    }

    var year: Int? {
        get { storedYear.map(Int.init) }
        set { storedYear = newValue.map { Int16($0) } }
    }
    var month: Int? {
        get { storedMonth.map(Int.init) }
        set { storedMonth = newValue.map { UInt8($0) } }
    }
    var day: Int? {
        get { storedDay.map(Int.init) }
        set { storedDay = newValue.map { UInt8($0) } }
    }
    var weekday: Int? {
        get { storedWeekday.map(Int.init) }
        set { storedWeekday = newValue.map { UInt8($0) } }
    }
    /// The year counted from the reference year when the text gives it so ("July 1 last
    /// year" is -1, "March this year" 0).
    var yearShift: Int? {
        get { storedYearShift.map(Int.init) }
        set { storedYearShift = newValue.map { Int8($0) } }
    }
    /// For a weekday, its week counted from the reference day's week when the text gives it
    /// so ("Tuesday next week" is +1, "Friday of last week" -1).
    var weekShift: Int? {
        get { storedWeekShift.map(Int.init) }
        set { storedWeekShift = newValue.map { Int8($0) } }
    }

    /// Whether the fields name a day of a month ("Oct. 23"), a month, a year or a weekday only.
    var hasDay: Bool { day != nil && month != nil }
    var isWeekdayOnly: Bool { weekday != nil && month == nil && year == nil }
    var isBareDay: Bool { day != nil && month == nil && year == nil && weekday == nil }

    /// 2 for a day, 1 for a month, 0 for a year, 3 for a lone weekday, -1 for a bare day number.
    var shape: Int {
        if hasDay { return 2 }
        if month != nil { return 1 }
        if year != nil { return 0 }
        if weekday != nil { return 3 }
        return -1
    }
}

/// A relative expression's unit. A quarter's value is written as its year.
enum TimeUnit: Sendable, Hashable { case day, week, weekend, month, quarter, year }

/// Months of a year that a named part covers: "the third quarter" (7...9), "summer" (6...8),
/// "the first half" (1...6). Its value is written as the year only.
struct YearPart: Sendable, Hashable {
    var months: ClosedRange<Int>
    /// The year when the text gives it ("the spring of 2010", "fiscal 1998").
    var year: Int?
    /// The year counted from the reference year ("of last year" is -1), when the text gives that.
    var yearShift: Int?
    /// "last summer", "this spring", "next autumn".
    var direction: TimeDirection?
    /// The part of the year in focus: "that autumn".
    var inFocusYear = false
    /// Winter spans two years: with no year given it has no value.
    var straddlesYears: Bool { months.upperBound > 12 }
}

/// What one date expression means, before it is resolved against a reference day.
enum TimeExpression: Sendable, Hashable {
    /// Explicit fields: "Oct. 23", "October 2015", "Tuesday", "last March".
    case fields(DateFields)
    /// A range: "from Oct. 23 to 24", "Oct. 30 - Nov. 2", "2015-2016".
    case range(DateFields, DateFields)
    /// A shift from the publication day in some unit: "tomorrow" (+1 day), "last month" (-1 month).
    case shift(Int, TimeUnit)
    /// A shift from the date in focus (the last one mentioned before it as finely as the unit
    /// needs, else the publication day): "the day before" (-1 day), "three days later" (+3
    /// days), "the following month" (+1 month), "a year earlier" (-1 year).
    case anaphoric(Int, TimeUnit)
    /// The first such weekday after (`.after`) or before (`.before`) the day in focus: "the
    /// following Monday", "the previous Friday".
    case weekdayFromFocus(Int, TimeDirection)
    /// A day of the month in focus: "on the 15th".
    case dayOfMonth(Int)
    /// A named part of a year: "the third quarter", "last summer", "the first half of 2018".
    case yearPart(YearPart)
    /// The weekend nearest the reference day in the tense's direction: "over the weekend".
    case weekend
    /// An expression with no value a partial date can write: "now", "currently" (the present),
    /// "the 1990s", "two decades ago" (a decade).
    case unwritable
}
