import Testing

@testable import Storage

@Suite("Report affinity")
struct ReportAffinityTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let a: MergeReport
        let b: MergeReport
        let compatible: Bool
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "announcement and report of one meeting",
            a: report(
                "a", published: "2021-06-01", status: .scheduled, start: "2021-06-03", end: "2021-06-04",
                city: "Kunming", country: "CN", countries: ["CN", "LA", "MM"]),
            b: report(
                "b", published: "2021-06-05", start: "2021-06-03", end: "2021-06-04", city: "Kunming",
                country: "CN", countries: ["CN", "LA", "MM", "TH"]),
            compatible: true),
        Case(
            label: "a later recall by month only",
            a: report(
                "a", kind: .summit, start: "2008-03", city: "Vientiane", country: "LA", countries: aseanTen),
            b: report(
                "b", kind: .summit, start: "2008-03-30", end: "2008-03-31", city: "Vientiane", country: "LA",
                countries: aseanTen),
            compatible: true),
        Case(
            label: "city spellings that differ in spaces and case",
            a: report("a", start: "2012-02-07", city: "Nay Pyi Taw", countries: ["MM", "TH"]),
            b: report("b", start: "2012-02-07", city: "NAYPYITAW", countries: ["MM", "TH"]),
            compatible: true),
        Case(
            label: "different host countries",
            a: report("a", start: "2012-02-07", country: "MM", countries: ["CN", "MM"]),
            b: report("b", start: "2012-02-07", country: "CN", countries: ["CN", "MM"]),
            compatible: false),
        Case(
            label: "consecutive days: officials' meeting, then the ministers'",
            a: report("a", start: "2020-11-09", city: "Hanoi", country: "VN", countries: ["CN", "VN"]),
            b: report("b", start: "2020-11-10", city: "Hanoi", country: "VN", countries: ["CN", "VN"]),
            compatible: false),
        Case(
            label: "two meetings of one article",
            a: report("a", 0, start: "2020-11-09", city: "Hanoi", countries: ["CN", "VN"]),
            b: report("a", 1, start: "2020-11-09", city: "Hanoi", countries: ["CN", "VN"]),
            compatible: false),
        Case(
            label: "different ordinals in the titles",
            a: report("a", name: "5th Ministerial Meeting on Drug Control", start: "2016", countries: aseanTen),
            b: report("b", name: "6th Ministerial Meeting on Drug Control", start: "2016", countries: aseanTen),
            compatible: false),
        Case(
            label: "two bilateral meetings on the sidelines of one forum",
            a: report("a", start: "2018-09-04", city: "Beijing", country: "CN", countries: ["CN", "MY"]),
            b: report("b", start: "2018-09-04", city: "Beijing", country: "CN", countries: ["CN", "TH"]),
            compatible: false),
        Case(
            label: "undated report published near the dates",
            a: report(
                "a", published: "2014-05-02", status: .scheduled, city: "Bangkok", country: "TH",
                countries: ["KH", "TH"]),
            b: report("b", start: "2014-05-12", city: "Bangkok", country: "TH", countries: ["KH", "TH"]),
            compatible: true),
        Case(
            label: "undated report published a year away",
            a: report("a", published: "2015-05-02", city: "Bangkok", country: "TH", countries: ["KH", "TH"]),
            b: report("b", start: "2014-05-12", city: "Bangkok", country: "TH", countries: ["KH", "TH"]),
            compatible: false),
        Case(
            label: "same day with nothing else in common",
            a: report("a", kind: .workshop, start: "2019-04-02", countries: ["ID", "SG", "AU"]),
            b: report("b", kind: .talks, start: "2019-04-02", countries: ["ID", "PH", "MY"]),
            compatible: false),
        Case(
            label: "the same year and participants only",
            a: report("a", start: "2010", countries: ["CN", "LA", "MM", "TH"]),
            b: report("b", start: "2010", countries: ["CN", "LA", "MM", "TH"]),
            compatible: false),
    ]

    @Test("compatibility of two reports", arguments: cases)
    func compatibility(_ item: Case) {
        let score = ReportAffinity.score(item.a, item.b)
        #expect(
            ReportAffinity.compatible(item.a, item.b) == item.compatible,
            "\(item.label): score \(score.map { String($0) } ?? "nil"), expected compatible = \(item.compatible)")
        #expect(ReportAffinity.score(item.b, item.a) == score, "the score is symmetric")
    }

    @Test("the search window covers the dates widened by the undated reach")
    func searchWindow() {
        let dated = report("a", start: "2020-03", end: "2020-04-02")
        let window = ReportAffinity.searchWindow(for: dated)
        #expect(window.map { "\($0.lowerBound)...\($0.upperBound)" } == "2020-01-16...2020-05-17")
        let undated = report("b", published: "2020-03-01")
        #expect(ReportAffinity.searchWindow(for: undated)?.lowerBound.description == "2020-01-16")
        #expect(ReportAffinity.searchWindow(for: report("c")) == nil)
    }
}
