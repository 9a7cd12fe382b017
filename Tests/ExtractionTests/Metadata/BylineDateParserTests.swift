import Testing

@testable import Extraction

@Suite("Byline date parsing")
struct BylineDateParserTests {
    private func parse(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        return BylineDateParser.dates(in: bytes, 0..<bytes.count).map { date in
            let y = date.year.map(String.init) ?? "?"
            return "\(y)-\(date.month)-\(date.day)" + (date.monthFirst.map { " or \($0.month)-\($0.day)" } ?? "")
        }
    }

    @Test(
        "the byline and dateline forms news pages use",
        arguments: [
            ("example.news.cn 2016-04-21 19:16:03", ["2016-4-21"]),
            ("Source:Example Times Published: 2018/7/5 21:03:40", ["2018-7-5"]),
            ("Published: 23/11/2012 at 12:00 AM", ["2012-11-23"]),
            ("14/09/2021 06:32 PM", ["2021-9-14"]),
            ("05/03/2020 06:32 PM", ["2020-3-5 or 5-3"]),
            ("Updated 19:46, 12-Aug-2018", ["2018-8-12"]),
            ("PUBLISHED MAR 17, 2021, 6:42 PM SGT", ["2021-3-17"]),
            ("Wednesday, 2 December, 2009", ["2009-12-2"]),
            ("Posted on 3 May 2016", ["2016-5-3"]),
            ("Published: 12:40, 14 Oct 2019", ["2019-10-14"]),
            ("DHAKA, Sept. 30 (Agency) --", ["?-9-30"]),
            ("KOTA BHARU, 4 March (Agency) --", ["?-3-4"]),
            ("(Example Daily June 8, 2007)", ["2007-6-8"]),
            ("Jakarta | Fri, October 7, 2016 | 08:12 am", ["2016-10-7"]),
            ("Release date: 2013-02-30", []),
            ("Updated 22:06", []),
            ("Wednesday, December the second", []),
            ("Ministers meet in Hanoi on Monday | Example News", []),
        ] as [(String, [String])]
    )
    func dates(line: String, expected: [String]) {
        #expect(parse(line) == expected, "line \(line.debugDescription): got \(parse(line))")
    }

    @Test(
        "the first date and whether another follows it agree with all the dates",
        arguments: [
            "DHAKA, Sept. 30 (Agency) --", "no date at all", "", "HANOI, 3 May 2016 and 4 May 2016 --",
            "Updated 19:46, 12-Aug-2018 then 2019/7/5 and 1 June", "digits 12 but no date",
        ])
    func firstDate(line: String) {
        let bytes = Array(line.utf8)
        let all = BylineDateParser.dates(in: bytes, 0..<bytes.count)
        let first = BylineDateParser.firstDate(in: bytes, 0..<bytes.count)
        #expect(first.date == all.first)
        #expect(first.more == (all.count > 1))
    }
}
