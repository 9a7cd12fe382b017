import Extraction

/// Where a ``ReportIndex`` reads the stored reports it does not hold yet.
protocol ReportSource {
    /// Every stored report whose first day is in `days` (one calendar month).
    func reports(startingIn days: ClosedRange<Day>) throws -> [StoredReport]
    /// Every stored report without dates.
    func undatedReports() throws -> [StoredReport]
}

/// The stored reports a merger has read, held in memory by month, so that finding a new
/// report's candidates reads each month of the database once instead of once per report.
///
/// A month is read whole from the ``ReportSource`` the first time a search needs it; reports
/// stored afterwards join it through ``insert(_:)``. The index is only right while every
/// change to the meetings goes through its owner: ``removeAll()`` forgets everything, and
/// ``synchronize(dataVersion:)`` does so when another connection has written.
///
///     let candidates = try index.candidates(of: report, from: StoredReports(db))
final class ReportIndex {
    /// Dated reports by the month of their first day; a month present is held whole.
    private var dated: [Int: [StoredReport]] = [:]
    /// Undated reports by the month of their publication (read all at once); `nil` until read.
    private var undated: [Int: [StoredReport]]?
    /// The event of each report the index has seen placed, by meeting: spares a look-up per
    /// report each time its component is clustered again.
    private var events: [MeetingID: EventID] = [:]
    /// The fields last written for each event the index has seen created or updated: spares
    /// an update that would leave them as they are.
    private var eventFields: [EventID: EventFields] = [:]
    /// How many reports the index holds.
    private(set) var count = 0
    /// Past this many reports the index starts afresh, so memory stays bounded.
    let capacity: Int
    private var dataVersion: Int64?

    init(capacity: Int = 100_000) { self.capacity = capacity }

    /// How far (days) before a window a stored report's dates may start and still be searched
    /// by range: two months, so every month and every short range is found.
    static let shortSpan = 62

    /// Stored reports that may be compatible with `report`: dated ones sharing a day with it,
    /// undated ones published near it, none with another host country.
    ///
    /// Dated reports are found by their first day: those starting at most ``shortSpan`` days
    /// before the window (days, months, short ranges) and those covering a whole year
    /// (starting on 1 January). A range longer than that which does not start on 1 January is
    /// not searched for, so it may miss a partner stored after it.
    func candidates(of report: MergeReport, from source: some ReportSource) throws -> [StoredReport] {
        let window: ClosedRange<Day>
        let published: ClosedRange<Day>
        if let days = report.days {
            window = days
            let reach = ReportAffinity.undatedReach
            published = days.lowerBound.adding(days: -reach)...days.upperBound.adding(days: reach)
        } else {
            guard let search = ReportAffinity.searchWindow(for: report), let day = report.published else { return [] }
            window = search
            let near = ReportAffinity.undatedPairReach
            published = day.adding(days: -near)...day.adding(days: near)
        }
        let country = report.meeting.country
        let hosted = { (stored: StoredReport) in
            country == nil || stored.report.meeting.country == nil || stored.report.meeting.country == country
        }
        var found: [StoredReport] = []
        let lookBack = window.lowerBound.adding(days: -Self.shortSpan)
        for month in Self.month(of: lookBack)...Self.month(of: window.upperBound) {
            for stored in try reports(inMonth: month, from: source) {
                guard let first = stored.range.firstDay, let last = stored.range.lastDay else { continue }
                if lookBack <= first, first <= window.upperBound, last >= window.lowerBound, hosted(stored) {
                    found.append(stored)
                }
            }
        }
        // A whole year starts on 1 January; when that is before the look-back it is searched apart.
        let yearStart = Day(year: window.lowerBound.year, month: 1, day: 1)!
        if yearStart < lookBack {
            for stored in try reports(inMonth: Self.month(of: yearStart), from: source) {
                guard stored.range.firstDay == yearStart, let last = stored.range.lastDay else { continue }
                if last >= window.lowerBound, hosted(stored) { found.append(stored) }
            }
        }
        let undated = try undatedReports(from: source)
        for month in Self.month(of: published.lowerBound)...Self.month(of: published.upperBound) {
            for stored in undated[month] ?? [] {
                if let day = stored.report.published, published.contains(day), hosted(stored) { found.append(stored) }
            }
        }
        return found
    }

    /// Adds a report just stored, if the index holds its month (otherwise the month is read
    /// with it when first needed). A report held already is left as it is.
    func insert(_ stored: StoredReport) {
        // The months are changed in place: a copy of a month would copy every report in it.
        if let first = stored.range.firstDay {
            let month = Self.month(of: first)
            guard dated[month]?.contains(where: { $0.id == stored.id }) == false else { return }
            dated[month]!.append(stored)
        } else {
            guard let day = stored.report.published, undated != nil else { return }
            let month = Self.month(of: day)
            if undated![month, default: []].contains(where: { $0.id == stored.id }) { return }
            undated![month, default: []].append(stored)
        }
        count += 1
    }

    /// The event `meeting` was last placed in, if the index has seen it placed.
    func event(of meeting: MeetingID) -> EventID? { events[meeting] }

    /// Remembers that `meeting` now reports `event`.
    func place(_ meeting: MeetingID, in event: EventID) { events[meeting] = event }

    /// The fields last written for `event`, if the index has seen them written.
    func fields(of event: EventID) -> EventFields? { eventFields[event] }

    /// Remembers that `event` now holds `fields`.
    func remember(_ fields: EventFields, of event: EventID) { eventFields[event] = fields }

    /// Forgets the fields of `event` (deleted, or maybe so).
    func forgetFields(of event: EventID) { eventFields[event] = nil }

    /// Forgets the reports of `article` (whose meetings are being replaced), and where every
    /// report was placed (the ids of removed meetings may come back).
    func removeReports(of article: ArticleID) {
        events = [:]
        eventFields = [:]
        for (month, reports) in dated {
            let kept = reports.filter { $0.article != article }
            count -= reports.count - kept.count
            dated[month] = kept
        }
        guard let months = undated else { return }
        for (month, reports) in months {
            let kept = reports.filter { $0.article != article }
            count -= reports.count - kept.count
            undated?[month] = kept
        }
    }

    /// Forgets every report held: after a rollback, or when the database changed elsewhere.
    func removeAll() {
        events = [:]
        eventFields = [:]
        dated = [:]
        undated = nil
        count = 0
    }

    /// Forgets everything when `dataVersion` (SQLite's `PRAGMA data_version`, which changes when
    /// another connection commits) differs from the one seen last.
    ///
    /// See <https://www.sqlite.org/pragma.html#pragma_data_version>.
    func synchronize(dataVersion: Int64) {
        if self.dataVersion != dataVersion { removeAll() }
        self.dataVersion = dataVersion
    }

    private func reports(inMonth month: Int, from source: some ReportSource) throws -> [StoredReport] {
        if let held = dated[month] { return held }
        // Searches reach a few months around dates of years 1 to 9999; months outside hold nothing.
        let year = month / 12
        let number = month % 12 + 1
        guard let first = Day(year: year, month: number, day: 1),
            let last = Day(year: year, month: number, day: Day.daysIn(month: number, year: year))
        else { return [] }
        let read = try source.reports(startingIn: first...last)
        makeRoom(for: read.count)
        dated[month] = read
        count += read.count
        return read
    }

    private func undatedReports(from source: some ReportSource) throws -> [Int: [StoredReport]] {
        if let held = undated { return held }
        let read = try source.undatedReports()
        makeRoom(for: read.count)
        var months: [Int: [StoredReport]] = [:]
        for stored in read {
            guard let day = stored.report.published else { continue }
            months[Self.month(of: day), default: []].append(stored)
            count += 1
        }
        undated = months
        return months
    }

    private func makeRoom(for incoming: Int) {
        if incoming > 0, count + incoming > capacity { removeAll() }
    }

    /// A month as one number, so that months can be counted through.
    private static func month(of day: Day) -> Int { day.year * 12 + day.month - 1 }
}
