import Testing

@testable import Extraction

/// The dates in focus, kept at each precision.
@Suite("Date focus")
struct DateFocusTests {
    @Test("a day sets its month and year; a coarser date leaves the finer focus as it was")
    func precisions() throws {
        let published = try #require(Day(year: 2019, month: 6, day: 12))
        var focus = DateFocus(reference: published)
        #expect(focus.day == published && focus.year == 2019)
        focus.note(.year(2014))
        #expect(focus.year == 2014 && focus.day == published && focus.monthIndex == 2019 * 12 + 5)
        focus.note(.month(year: 2016, month: 3))
        #expect(focus.year == 2016 && focus.monthIndex == 2016 * 12 + 2 && focus.day == published)
        let day = try #require(Day(year: 2010, month: 1, day: 31))
        focus.note(.day(day))
        #expect(focus.day == day && focus.monthIndex == 2010 * 12 && focus.year == 2010)
        #expect(DateFocus(reference: nil).day == nil)
    }
}
