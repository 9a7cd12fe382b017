import Extraction
import Testing

@testable import Storage

/// Stored reports held in a plain list, counting how often the index reads it.
private final class ListSource: ReportSource {
    var reports: [StoredReport]
    var reads = 0

    init(_ reports: [MergeReport]) {
        self.reports = reports.enumerated().map { index, report in
            StoredReport(id: MeetingID(Int64(index + 1)), article: ArticleID(Int64(index + 1)), report: report)
        }
    }

    func reports(startingIn days: ClosedRange<Day>) throws -> [StoredReport] {
        reads += 1
        return reports.filter { $0.range.firstDay.map(days.contains) ?? false }
    }

    func undatedReports() throws -> [StoredReport] {
        reads += 1
        return reports.filter { $0.range.firstDay == nil }
    }
}

@Suite("Report index")
struct ReportIndexTests {
    private func found(_ index: ReportIndex, _ seed: MergeReport, _ source: ListSource) throws -> [String] {
        try index.candidates(of: seed, from: source).map(\.report.key.article).sorted()
    }

    @Test("a search finds the reports sharing a day, whole months and years, and undated ones published near")
    func searchWindows() throws {
        let source = ListSource([
            report("same-day", start: "2019-05-14"),
            report("month", start: "2019-05"),
            report("year", start: "2019"),
            report("short-range", start: "2019-04-20", end: "2019-05-15"),
            report("long-range", start: "2019-02-10", end: "2019-06-30"),
            report("other-day", start: "2019-05-20"),
            report("other-host", start: "2019-05-14", country: "TH"),
            report("no-host", start: "2019-05-14"),
            report("undated-near", published: "2019-06-10"),
            report("undated-far", published: "2019-08-01"),
        ])
        let seed = report("seed", start: "2019-05-14", country: "VN")
        #expect(
            try found(ReportIndex(), seed, source) == [
                "month", "no-host", "same-day", "short-range", "undated-near", "year",
            ])
    }

    @Test("an undated report finds undated ones published within days of it and dated ones near")
    func undatedSeed() throws {
        let source = ListSource([
            report("undated-near", published: "2019-06-12"),
            report("undated-far", published: "2019-06-30"),
            report("dated-near", start: "2019-05-01"),
            report("dated-far", start: "2019-03-01"),
        ])
        let seed = report("seed", published: "2019-06-05")
        #expect(try found(ReportIndex(), seed, source) == ["dated-near", "undated-near"])
    }

    @Test("a month is read once; a report stored later joins the month held")
    func readsOnce() throws {
        let source = ListSource([report("a", start: "2019-05-14")])
        let index = ReportIndex()
        let seed = report("seed", start: "2019-05-14")
        _ = try found(index, seed, source)
        let reads = source.reads
        index.insert(StoredReport(id: MeetingID(9), article: ArticleID(9), report: report("b", start: "2019-05-14")))
        #expect(try found(index, seed, source) == ["a", "b"])
        #expect(source.reads == reads)
        #expect(index.count == 2)
    }

    @Test("a new data version, a removal or the capacity makes the index read again")
    func forgetting() throws {
        let source = ListSource([report("a", start: "2019-05-14")])
        let seed = report("seed", start: "2019-05-14")
        let index = ReportIndex()
        index.synchronize(dataVersion: 1)
        _ = try found(index, seed, source)
        index.synchronize(dataVersion: 1)
        #expect(index.count == 1)
        source.reports.append(
            StoredReport(id: MeetingID(2), article: ArticleID(2), report: report("b", start: "2019-05-14")))
        index.synchronize(dataVersion: 2)
        #expect(index.count == 0)
        #expect(try found(index, seed, source) == ["a", "b"])
        index.removeReports(of: ArticleID(1))
        #expect(try found(index, seed, source) == ["b"])
        let small = ReportIndex(capacity: 1)
        #expect(try found(small, seed, source) == ["a", "b"])
        #expect(small.count == 2, "one month read whole, even past the capacity")
    }

    @Test("the fields written for an event are remembered until forgotten, removed or out of date")
    func eventFields() {
        let index = ReportIndex()
        index.synchronize(dataVersion: 1)
        let fields = EventFields(name: "Mekong Security Dialogue", kind: .dialogue, status: .held, city: "Vientiane")
        let event = EventID(3)
        #expect(index.fields(of: event) == nil)
        index.remember(fields, of: event)
        #expect(index.fields(of: event) == fields)
        index.forgetFields(of: event)
        #expect(index.fields(of: event) == nil)
        index.remember(fields, of: event)
        index.removeReports(of: ArticleID(1))
        #expect(index.fields(of: event) == nil)
        index.remember(fields, of: event)
        index.synchronize(dataVersion: 2)
        #expect(index.fields(of: event) == nil)
        index.remember(fields, of: event)
        index.removeAll()
        #expect(index.fields(of: event) == nil)
    }
}
