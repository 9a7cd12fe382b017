/// The dates a text has mentioned so far, kept at each precision: what an anaphoric
/// expression counts from ("the next day" from the last day named, "the following month"
/// from the last month, "a year later" from the last year).
///
/// Before any mention, and at a precision no mention has reached yet, the focus is the
/// publication day.
struct DateFocus: Sendable {
    private(set) var day: Day?
    /// The last month named, as `year * 12 + month - 1`.
    private(set) var monthIndex: Int?
    private(set) var year: Int?

    init(reference: Day?) {
        if let reference { note(.day(reference)) }
    }

    /// Moves the focus to a mention's value (a range's last value).
    mutating func note(_ value: PartialDate) {
        switch value {
        case .day(let day):
            self.day = day
            monthIndex = day.year * 12 + day.month - 1
            year = day.year
        case .month(let year, let month):
            monthIndex = year * 12 + month - 1
            self.year = year
        case .year(let year):
            self.year = year
        }
    }
}
