import Testing

@testable import Extraction

/// Expressions that count from the date mentioned last before them ("three days later",
/// "the following month"), at the precision their unit needs; with none, from publication.
@Suite("Anaphoric dates")
struct AnaphoricDateTests {
    // 2019-06-12 is a Wednesday.
    static let cases: [TaggingCase] = [
        TaggingCase(
            "The pact was signed on March 3, 2015, and three days later patrols began.", "2019-06-12",
            "March 3, 2015 => 2015-03-03", "three days later => 2015-03-06"),
        TaggingCase(
            "Customs seized the cargo on May 28; the next day a second container was found.", "2019-06-12",
            "May 28 => 2019-05-28", "the next day => 2019-05-29"),
        TaggingCase(
            "The minister arrived on Sunday; the following day he met the president.", "2019-06-12",
            "Sunday => 2019-06-09", "the following day => 2019-06-10"),
        TaggingCase(
            "Officials met on June 5 and again two days later.", "2019-06-12", "June 5 => 2019-06-05",
            "two days later => 2019-06-07"),
        TaggingCase(
            "The raid was on Jan. 30 and charges came a day later.", "2019-06-12", "Jan. 30 => 2019-01-30",
            "a day later => 2019-01-31"),
        TaggingCase(
            "Talks ended on Nov. 3, 2014; two days earlier the envoys had met.", "2019-06-12",
            "Nov. 3, 2014 => 2014-11-03", "two days earlier => 2014-11-01"),
        TaggingCase(
            "The task force was set up in April 2017 and met the following month.", "2019-06-12",
            "April 2017 => 2017-04", "the following month => 2017-05"),
        TaggingCase(
            "The office opened in December 2016 and closed the following month.", "2019-06-12",
            "December 2016 => 2016-12", "the following month => 2017-01"),
        TaggingCase(
            "The pact expired in 2016, and a year later a new one was signed.", "2019-06-12", "2016 => 2016",
            "a year later => 2017"),
        TaggingCase(
            "Police recorded 1,500 cases in 2018, up from 1,200 a year earlier.", "2019-06-12", "2018 => 2018",
            "a year earlier => 2017"),
        TaggingCase(
            "A hotline set up in 2011 handled 3,000 calls the following year.", "2019-06-12", "2011 => 2011",
            "the following year => 2012"),
        TaggingCase(
            "The first round was in 2010; the previous year had seen none.", "2019-06-12", "2010 => 2010",
            "the previous year => 2009"),
        TaggingCase(
            "The unit was formed in 2005 and was disbanded the year after.", "2019-06-12", "2005 => 2005",
            "the year after => 2006"),
        TaggingCase(
            "The drills of May 2, 2019 were followed two weeks later by a second round.", "2019-06-12",
            "May 2, 2019 => 2019-05-02", "two weeks later => 2019-05"),
        TaggingCase(
            "The centre opened in March 2012 and three months later it was full.", "2019-06-12",
            "March 2012 => 2012-03", "three months later => 2012-06"),
        TaggingCase(
            "The law passed on July 4, 2010 and came into force the same month.", "2019-06-12",
            "July 4, 2010 => 2010-07-04", "the same month => 2010-07"),
        TaggingCase(
            "The treaty was signed in 1998, and that year trade doubled.", "2019-06-12", "1998 => 1998",
            "that year => 1998"),
        // A day unit needs a day: the last day named, not a later year.
        TaggingCase(
            "Police struck on Oct. 2, 2015, the busiest month since 2012, and the next day again.", "2019-06-12",
            "Oct. 2, 2015 => 2015-10-02", "2012 => 2012", "the next day => 2015-10-03"),
        // Chains: each anaphoric value becomes the focus of the next.
        TaggingCase(
            "They met on June 1, again the next day and once more two days later.", "2019-06-12",
            "June 1 => 2019-06-01", "the next day => 2019-06-02", "two days later => 2019-06-04"),
        TaggingCase(
            "The envoys met on Thursday, June 6, and again the following Monday.", "2019-06-12",
            "Thursday, June 6 => 2019-06-06", "the following Monday => 2019-06-10"),
        TaggingCase(
            "The raid was on Saturday, May 4; the previous Friday police had watched the house.", "2019-06-12",
            "Saturday, May 4 => 2019-05-04", "the previous Friday => 2019-05-03"),
        TaggingCase(
            "Talks ended on Monday, June 3, and resumed the next Monday morning.", "2019-06-12",
            "Monday, June 3 => 2019-06-03", "the next Monday morning => 2019-06-10"),
        // With no date before them they count from publication.
        TaggingCase("The ship sailed three days later.", "2019-06-12", "three days later => 2019-06-15"),
        TaggingCase("A year later the unit was disbanded.", "2019-06-12", "A year later => 2020"),
        TaggingCase("The same month, exports fell.", "2019-06-12", "The same month => 2019-06"),
        TaggingCase("The envoy left the next day.", nil, "the next day => nil"),
    ]

    @Test("count from the date in focus", arguments: cases)
    func anaphoric(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }

    @Test("only day counts carry an offset a caller can re-anchor")
    func offsets() {
        let mentions = DateTagger().tag(
            "In 2010 it opened; three days later, two weeks later and a year later it grew.",
            published: Day(year: 2019, month: 6, day: 12))
        #expect(mentions.map(\.anaphoricOffset) == [nil, 3, nil, nil])
    }
}
