import Testing

@testable import Extraction

/// Expressions resolved against the publication date (2015-10-21, a Wednesday, unless given).
@Suite("Relative dates")
struct RelativeDateTests {
    static let cases: [TaggingCase] = [
        TaggingCase("The delegation arrived today.", "2015-10-21", "today => 2015-10-21"),
        TaggingCase("The ministers will dine tonight.", "2015-10-21", "tonight => 2015-10-21"),
        TaggingCase("The talks open tomorrow in Hanoi.", "2015-10-21", "tomorrow => 2015-10-22"),
        TaggingCase("The meeting ended yesterday afternoon.", "2015-10-21", "yesterday afternoon => 2015-10-20"),
        TaggingCase("A new year begins tomorrow.", "2015-12-31", "tomorrow => 2016-01-01"),
        TaggingCase("The talks ended yesterday.", "2016-03-01", "yesterday => 2016-02-29"),
        TaggingCase("Officials met this morning.", "2015-10-21", "this morning => 2015-10-21"),
        TaggingCase("Ministers will meet next week in Bangkok.", "2015-10-07", "next week => 2015-10"),
        TaggingCase("Ministers met last week in Bangkok.", "2015-10-21", "last week => 2015-10"),
        TaggingCase("Ministers will meet next week in Bangkok.", "2015-10-21", "next week => nil"),
        TaggingCase("Police chiefs meet this week.", "2015-10-14", "this week => 2015-10"),
        TaggingCase("The forum will take place next month.", "2015-10-21", "next month => 2015-11"),
        TaggingCase("The forum will take place next month.", "2015-12-21", "next month => 2016-01"),
        TaggingCase("The forum took place last month.", "2016-01-05", "last month => 2015-12"),
        TaggingCase("Police arrested 200 people this year.", "2015-10-21", "this year => 2015"),
        TaggingCase("The accord was signed last year.", "2015-10-21", "last year => 2014"),
        TaggingCase("Talks resume next year.", "2015-10-21", "next year => 2016"),
        TaggingCase("The centre opened earlier this year.", "2015-10-21", "earlier this year => 2015"),
        TaggingCase("A summit is planned for later this month.", "2015-10-21", "later this month => 2015-10"),
        TaggingCase("The pact will be signed early next year.", "2015-10-21", "early next year => 2016"),
        TaggingCase("Patrols began late last year.", "2015-10-21", "late last year => 2014"),
        TaggingCase("The hotline will open by the end of the year.", "2015-10-21", "the end of the year => 2015"),
        TaggingCase("Officials had met the day before.", "2015-10-21", "the day before => 2015-10-20"),
        TaggingCase("They met again the previous day.", "2015-10-21", "the previous day => 2015-10-20"),
        TaggingCase("The text was signed the following day.", "2015-10-21", "the following day => 2015-10-22"),
        TaggingCase("The ministers left the next day.", "2015-10-21", "the next day => 2015-10-22"),
        TaggingCase("A statement was issued the same day.", "2015-10-21", "the same day => 2015-10-21"),
        TaggingCase("The vessel was seized two days ago.", "2015-10-21", "two days ago => 2015-10-19"),
        TaggingCase("The body was set up a year ago.", "2015-10-21", "a year ago => 2014"),
        TaggingCase(
            "Officials said several years ago that the dam was unsafe.", "2015-10-21", "several years ago => nil"),
        TaggingCase("The envoy left a few days later.", "2015-10-21", "a few days later => nil"),
        TaggingCase("Years ago, the valley was a smuggling hub.", "2015-10-21", "Years ago => nil"),
        TaggingCase("Decades ago, the valley was a smuggling hub.", "2015-10-21", "Decades ago => nil"),
        TaggingCase("Weeks later, police arrested him.", "2015-10-21", "Weeks later => nil"),
        TaggingCase("The siege ended 100 days later.", "2015-10-21", "100 days later => 2016-01-29"),
        TaggingCase("Police had searched the house days earlier.", "2015-10-21", "days earlier => nil"),
        TaggingCase("The year ago period was weak.", "2015-10-21"),
        TaggingCase("The bank cut rates this past weekend.", "2015-10-21", "this past weekend => 2015-10"),
        TaggingCase("The bank cut rates this past Monday.", "2015-10-21", "this past Monday => 2015-10-19"),
        TaggingCase("Prices rose in the current year.", "2015-10-21", "the current year => 2015"),
        TaggingCase("The current situation is calm.", "2015-10-21"),
        TaggingCase("Prices fell over the past year.", "2015-10-21"),
        TaggingCase("Talks resume in the coming week.", "2015-10-07", "the coming week => 2015-10"),
        TaggingCase("Talks resume in the coming months.", "2015-10-21"),
        TaggingCase("The ship sailed three days later.", "2015-10-21", "three days later => 2015-10-24"),
        TaggingCase(
            "The day before yesterday, police raided a hideout.", "2015-10-21", "The day before yesterday => 2015-10-19"
        ),
        TaggingCase(
            "The region is now safer, and patrols are currently weekly.", "2015-10-21", "now => nil", "currently => nil"
        ),
        TaggingCase("The ministers met last Friday.", "2015-10-21", "last Friday => 2015-10-16"),
        TaggingCase("The ministers will meet next Friday.", "2015-10-21", "next Friday => 2015-10-23"),
        TaggingCase("The ministers met last Wednesday.", "2015-10-21", "last Wednesday => 2015-10-14"),
        TaggingCase("The drill was held last March.", "2015-10-21", "last March => 2015-03"),
        TaggingCase("The drill was held last March.", "2015-03-21", "last March => 2014-03"),
        TaggingCase("The drill will be held next March.", "2015-10-21", "next March => 2016-03"),
        TaggingCase("The drill will be held this December.", "2015-10-21", "this December => 2015-12"),
        TaggingCase("The joint exercise is planned for mid-December.", "2015-10-21", "mid-December => 2015-12"),
        TaggingCase("Patrols resumed in early March.", "2015-10-21", "early March => 2015-03"),
        TaggingCase("The panel will report in late March.", "2015-10-21", "late March => 2016-03"),
        TaggingCase(
            "The review will be finished by the end of October.", "2015-10-21", "the end of October => 2015-10"),
        TaggingCase("The network was launched in January.", "2015-10-21", "January => 2015-01"),
        TaggingCase("The law took effect on July 1 last year.", "2015-10-21", "July 1 last year => 2014-07-01"),
        TaggingCase("The law took effect in March this year.", "2015-10-21", "March this year => 2015-03"),
        TaggingCase("The law takes effect on Jan. 5 next year.", "2015-10-21", "Jan. 5 next year => 2016-01-05"),
        TaggingCase("The law took effect in March of this year.", "2015-10-21", "March of this year => 2015-03"),
        TaggingCase("The law took effect in November of 2012.", "2015-10-21", "November of 2012 => 2012-11"),
        TaggingCase("The talks began early last week.", "2015-10-21", "early last week => 2015-10"),
        TaggingCase("The report is due by the end of the week.", "2015-10-21", "the end of the week => 2015-10"),
        TaggingCase(
            "Profit rose in the third quarter of 2014 from the year-earlier period.", "2015-10-21",
            "the third quarter of 2014 => 2014", "the year-earlier period => 2013"),
        TaggingCase("Sales beat the year-ago quarter.", "2015-10-21", "the year-ago quarter => 2014"),
        TaggingCase("The network will be launched in January.", "2015-10-21", "January => 2016-01"),
        TaggingCase("Officers were trained in November.", "2015-10-21", "November => 2014-11"),
        TaggingCase("The talks will open today.", nil, "today => nil"),
        TaggingCase("The anniversary falls on Oct. 23.", nil, "Oct. 23 => nil"),
    ]

    @Test("relative expressions resolve against publication", arguments: cases)
    func relative(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }

    @Test("an anaphoric expression moves with its anchor; others stay")
    func reanchoring() throws {
        let tagger = DateTagger()
        let published = Day(year: 2015, month: 10, day: 21)
        let mentions = tagger.tag("On Oct. 10 the team met, and the day before they had arrived.", published: published)
        #expect(mentions.count == 2)
        let anchor = try #require(Day(year: 2015, month: 10, day: 10))
        let moved = mentions.map { $0.anchored(to: anchor) }
        #expect(moved.map { $0.start?.description } == ["2015-10-10", "2015-10-09"])
        #expect(moved[1].anaphoricOffset == -1)
        #expect(mentions[1].isRelative && mentions[0].isRelative)
    }
}
