import Extraction

/// The days a start and end date cover together, as the schema's `first_day` and `last_day`
/// columns hold them: from the first day of the start to the last day of the end (or of the
/// start, when there is no end). Both `NULL` when undated.
struct DateRange {
    let firstDay: Day?
    let lastDay: Day?

    init(start: PartialDate?, end: PartialDate?) {
        firstDay = (start ?? end)?.firstDay
        lastDay = (end ?? start)?.lastDay
    }
}
