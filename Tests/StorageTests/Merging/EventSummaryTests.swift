import Extraction
import Testing

@testable import Storage

@Suite("Event summary")
struct EventSummaryTests {
    static let reports = [
        report(
            "a", status: .scheduled, name: "Mekong Security Dialogue", start: "2017-06", city: "Nay Pyi Taw",
            country: "MM", countries: ["CN", "MM"], topics: ["drugs"]),
        report(
            "b", kind: .dialogue, name: "Mekong Security Dialogue", start: "2017-06-12", end: "2017-06-13",
            city: "Nay Pyi Taw", country: "MM", countries: ["CN", "LA", "MM"], organizations: ["UNODC"],
            topics: ["drugs", "human_trafficking"]),
        report(
            "c", kind: .dialogue, start: "2017-06-12", city: "Naypyitaw", country: "MM",
            countries: ["CN", "LA", "MM", "TH"]),
    ]

    @Test("fields come from the reports, each with its support")
    func combines() {
        let summary = EventSummary(Self.reports.map(\.meeting))
        #expect(summary.start == Supported(PartialDate(iso: "2017-06-12")!, support: 2))
        #expect(summary.end == Supported(PartialDate(iso: "2017-06-13")!, support: 1))
        #expect(summary.city == Supported("Nay Pyi Taw", support: 3))
        #expect(summary.country == Supported("MM", support: 3))
        #expect(summary.kind == Supported(MeetingKind.dialogue, support: 2))
        #expect(summary.name == Supported("Mekong Security Dialogue", support: 2))
        #expect(summary.status == .held)
        #expect(
            summary.countries == [
                Supported("CN", support: 3), Supported("LA", support: 2), Supported("MM", support: 3),
                Supported("TH", support: 1),
            ])
        #expect(summary.organizations == [Supported("UNODC", support: 1)])
        #expect(summary.topics == [Supported("drugs", support: 2), Supported("human_trafficking", support: 1)])
        #expect(summary.reports == 3)
    }

    @Test("the summary does not depend on the order of the reports")
    func orderIndependent() {
        let expected = EventSummary(Self.reports.map(\.meeting))
        for order in permutations(Self.reports) {
            let summary = EventSummary(order.map(\.meeting))
            #expect(summary.start == expected.start && summary.end == expected.end)
            #expect(summary.city == expected.city && summary.kind == expected.kind && summary.name == expected.name)
        }
    }

    @Test("an event only announced is still scheduled; an end before the start is ignored")
    func scheduledAndBadEnd() {
        let summary = EventSummary([
            report("a", status: .scheduled, start: "2030-01-10", end: "2030-01-08").meeting
        ])
        #expect(summary.status == .scheduled)
        #expect(summary.end == nil)
        #expect(summary.city == nil && summary.country == nil)
    }

    @Test("the fields of one report are those its summary gives, an end before the start dropped")
    func oneReport() {
        let alone =
            Self.reports + [
                report("d", status: .scheduled, start: "2030-01-10", end: "2030-01-08"),
                report("e", end: "2030-01-08"), report("f", start: "2030", end: "2030-03"), report("g"),
            ]
        for report in alone {
            let summary = EventSummary([report.meeting])
            let expected = EventFields(
                name: summary.name?.value, kind: summary.kind.value, status: summary.status,
                start: summary.start?.value, end: summary.end?.value, city: summary.city?.value,
                country: summary.country?.value)
            #expect(EventSummary.fields(ofOnly: report.meeting) == expected)
        }
        #expect(EventSummary.fields(ofOnly: alone[3].meeting).end == nil)
        #expect(EventSummary.fields(ofOnly: alone[4].meeting).end == PartialDate(iso: "2030-01-08"))
    }
}
