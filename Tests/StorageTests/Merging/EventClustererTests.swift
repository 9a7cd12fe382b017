import Testing

@testable import Storage

@Suite("Event clustering")
struct EventClustererTests {
    /// An invented week: a ministerial dialogue reported three times, the senior officials'
    /// meeting the day before it, a bilateral meeting on its sidelines, and an unrelated workshop.
    static let week: [MergeReport] = [
        report(
            "announce", published: "2022-03-10", kind: .dialogue, status: .scheduled,
            name: "Ministerial Dialogue on Border Security", start: "2022-03-15", end: "2022-03-16",
            city: "Kunming", country: "CN", countries: ["CN", "LA", "MM", "TH"]),
        report(
            "report", 0, published: "2022-03-16", kind: .dialogue, name: "Ministerial Dialogue on Border Security",
            start: "2022-03-15", end: "2022-03-16", city: "Kunming", country: "CN",
            countries: ["CN", "KH", "LA", "MM", "TH", "VN"]),
        report(
            "report", 1, published: "2022-03-16", start: "2022-03-15", city: "Kunming", country: "CN",
            countries: ["CN", "TH"]),
        report(
            "recall", published: "2023-01-05", kind: .meeting, name: "border security dialogue", start: "2022-03",
            city: "Kunming", country: "CN", countries: ["CN", "LA", "MM", "TH"]),
        report(
            "officials", published: "2022-03-14", start: "2022-03-14", city: "Kunming", country: "CN",
            countries: ["CN", "LA", "MM", "TH"]),
        report(
            "workshop", published: "2022-03-17", kind: .workshop, start: "2022-03-15", end: "2022-03-17",
            city: "Jakarta", country: "ID", countries: ["AU", "ID"]),
    ]

    @Test("reports of one gathering become one event, other gatherings stay apart")
    func groupsTheWeek() {
        let events = partition(EventClusterer.cluster(Self.week))
        #expect(
            events == [
                ["announce#0", "recall#0", "report#0"], ["officials#0"], ["report#1"], ["workshop#0"],
            ])
    }

    @Test("the same reports in any order give the same events")
    func orderIndependent() {
        let expected = partition(EventClusterer.cluster(Self.week))
        for order in permutations(Self.week) {
            let actual = partition(EventClusterer.cluster(order))
            #expect(actual == expected, "order \(order.map(\.key.description))")
        }
    }

    @Test("a report joins the event it matches best, not a weaker match of the same article")
    func bestMatchFirst() {
        // One article reports two consultations on the same day: with China, and with China, Japan and Korea.
        let both = [
            report("both", 0, start: "2009-07-20", city: "Manila", countries: aseanTen + ["CN"]),
            report("both", 1, start: "2009-07-20", city: "Manila", countries: aseanTen + ["CN", "JP", "KR"]),
        ]
        let single = report("single", start: "2009-07-20", city: "Manila", countries: aseanTen + ["CN"])
        let events = partition(EventClusterer.cluster(both + [single]))
        #expect(events == [["both#0", "single#0"], ["both#1"]])
    }

    @Test("no event holds two reports that contradict each other, even through a vague third")
    func noContradictionThroughAChain() {
        let reports = [
            report("a", start: "2011-05", city: "Yangon", countries: ["MM", "TH"]),
            report("b", start: "2011-05-02", city: "Yangon", country: "MM", countries: ["MM", "TH"]),
            report("c", start: "2011-05-25", city: "Yangon", country: "MM", countries: ["MM", "TH"]),
        ]
        let events = EventClusterer.cluster(reports)
        for event in events {
            for x in event {
                for y in event where x.key < y.key {
                    #expect(ReportAffinity.score(x, y) != nil, "\(x.key) and \(y.key) contradict")
                }
            }
        }
        #expect(events.count == 2)
    }

    @Test("an empty input gives no events")
    func empty() {
        #expect(EventClusterer.cluster([]).isEmpty)
    }
}
