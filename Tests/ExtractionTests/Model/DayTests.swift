import Testing

@testable import Extraction

@Suite("Day arithmetic")
struct DayTests {
    @Test("ordinals round-trip across leap years and centuries")
    func ordinalRoundTrip() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            #expect(day.ordinal == ordinal, "ordinal \(ordinal) gave \(day) back as \(day.ordinal)")
        }
    }

    @Test("the epoch is a Thursday and 2015-10-24 a Saturday")
    func weekdays() {
        #expect(Day(year: 1970, month: 1, day: 1)!.weekday == 4)
        #expect(Day(year: 2015, month: 10, day: 24)!.weekday == 6)
        #expect(Day(year: 2000, month: 2, day: 29)!.adding(days: 1) == Day(year: 2000, month: 3, day: 1))
    }

    @Test("impossible days are refused")
    func invalidDays() {
        #expect(Day(year: 2015, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2015, month: 13, day: 1) == nil)
    }
}

@Suite("Partial dates")
struct PartialDateTests {
    @Test("ISO text of each precision round-trips", arguments: ["2015", "2015-10", "2015-10-23"])
    func isoRoundTrip(text: String) {
        #expect(PartialDate(iso: text)?.description == text)
    }

    @Test(
        "malformed or impossible ISO text is no date",
        arguments: [
            "", "-", "2015-", "-10", "2015--10", "2015-10-23-1", "2015-13", "2015-02-30", "20a5", "2015-1x", "0000",
        ]
    )
    func isoRejects(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test("a month covers its whole length and overlaps its days")
    func monthCoverage() {
        let february = PartialDate.month(year: 2016, month: 2)
        #expect(february.lastDay == Day(year: 2016, month: 2, day: 29))
        #expect(february.overlaps(PartialDate(iso: "2016-02-29")!))
        #expect(!february.overlaps(PartialDate(iso: "2016-03-01")!))
    }

    @Test("a partial date sorts at the start of its period, before its first day")
    func ordering() {
        let dates = ["2015-10-02", "2015", "2015-10", "2014-12-31"].compactMap { PartialDate(iso: $0) }
        #expect(dates.sorted().map(\.description) == ["2014-12-31", "2015", "2015-10", "2015-10-02"])
    }
}
