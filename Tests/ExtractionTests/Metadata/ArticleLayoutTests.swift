import Testing

@testable import Extraction

@Suite("Article layout")
struct ArticleLayoutTests {
    /// The layout of `text`, one line per element.
    private func layout(_ lines: [String]) -> ArticleLayout {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for line in lines {
            let start = bytes.count
            bytes += Array(line.utf8)
            ranges.append(start..<bytes.count)
            bytes.append(0x0A)
        }
        return ArticleLayout(bytes, lines: ranges)
    }

    @Test("header lines that write a date are marked, and the first date with a year is kept")
    func headerDates() {
        let found = layout([
            "Example Times",
            "Posted on 3 May",
            "Talks held on maritime security",
            "Updated: 2019-09-12 and 2020-01-02",
            "Published: 14 Oct 2019",
            "The delegations met in Hanoi on Monday to discuss cooperation against transnational crime at sea.",
        ])
        #expect(found.headerLines.count == 5)
        #expect(found.datedHeaderLines == 0b11010)
        #expect(found.headerYearDate?.year == 2019)
        #expect(found.headerYearDate?.month == 9)
        #expect(found.headerYearDate?.day == 12)
        #expect(found.title == "Talks held on maritime security")
    }

    @Test("a header with no date marks no line and keeps no date")
    func undatedHeader() {
        let found = layout([
            "Example Times", "Talks held on maritime security",
            "The delegations met in Hanoi on Monday to discuss cooperation against transnational crime at sea.",
        ])
        #expect(found.datedHeaderLines == 0)
        #expect(found.headerYearDate == nil)
    }
}
