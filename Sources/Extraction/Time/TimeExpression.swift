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

/// A relative expression's unit.
enum TimeUnit: Sendable, Hashable { case day, week, weekend, month, year }

/// What one date expression means, before it is resolved against a reference day.
enum TimeExpression: Sendable, Hashable {
    /// Explicit fields: "Oct. 23", "October 2015", "Tuesday", "last March".
    case fields(DateFields)
    /// A range: "from Oct. 23 to 24", "Oct. 30 - Nov. 2", "2015-2016".
    case range(DateFields, DateFields)
    /// A shift from the publication day in some unit: "tomorrow" (+1 day), "last month" (-1 month).
    case shift(Int, TimeUnit)
    /// A shift in days from a date in focus, by default the publication day: "the day before" (-1).
    case anaphoric(Int)
    /// A reference to the present with no calendar value: "now", "currently".
    case present
}
