/// A report as stored: the merger's view of one meeting row, with the ids and the days
/// (`first_day`, `last_day`) its row holds.
struct StoredReport {
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
