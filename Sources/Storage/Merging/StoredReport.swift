/// A report as stored: the merger's view of one meeting row, with the ids and the days
/// (`first_day`, `last_day`) its row holds.
///
/// A class: the index hands out the same report to many searches, by reference rather than
/// by copying its fields.
final class StoredReport {
    let id: MeetingID
    let article: ArticleID
    let report: MergeReport
    /// The days the row's `first_day` and `last_day` columns give (``DateRange``).
    let range: DateRange

    init(id: MeetingID, article: ArticleID, report: MergeReport) {
        self.id = id
        self.article = article
        self.report = report
        range = DateRange(start: report.meeting.start, end: report.meeting.end)
    }
}
