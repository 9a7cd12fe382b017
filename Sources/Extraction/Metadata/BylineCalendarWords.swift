/// Month and weekday names as English news text writes them, lower-cased: data for the
/// byline and dateline readers.
enum BylineCalendarWords {
    /// Full names and the abbreviations agencies use (`Sept`, `Sep`), to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Weekday names and abbreviations to ISO numbers (1 = Monday).
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]
    /// Years a publication date may fall in.
    static let plausibleYears = 1990...2099
    /// The year a day-and-month dateline is placed nearest to when nothing in the article
    /// gives a year: the middle of the span of online archives of the outlets covered
    /// (mid-2000s to the late 2020s).
    static let defaultReferenceYear = 2016
}
