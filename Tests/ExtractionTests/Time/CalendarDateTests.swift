import Testing

@testable import Extraction

/// Explicit calendar dates in every common news style (publication 2015-10-21, a Wednesday).
@Suite("Calendar dates")
struct CalendarDateTests {
    static let cases: [TaggingCase] = [
        TaggingCase("The ministers met in Beijing on Oct. 23, 2015.", "2015-10-30", "Oct. 23, 2015 => 2015-10-23"),
        TaggingCase("The forum opened on 23 October 2015 in Kunming.", "2015-10-30", "23 October 2015 => 2015-10-23"),
        TaggingCase(
            "The pact was signed on October 23, 2015, officials said.", "2016-01-05", "October 23, 2015 => 2015-10-23"),
        TaggingCase("The accord took effect on 1 January 2016.", "2016-03-01", "1 January 2016 => 2016-01-01"),
        TaggingCase("It was signed on the 3rd of March 2014.", "2015-01-01", "3rd of March 2014 => 2014-03-03"),
        TaggingCase("The hotline opened on March 3rd, 2014.", "2015-01-01", "March 3rd, 2014 => 2014-03-03"),
        TaggingCase("Police said the raid took place on Oct. 5.", "2015-10-21", "Oct. 5 => 2015-10-05"),
        TaggingCase("The raid took place on Sept. 30.", "2015-10-21", "Sept. 30 => 2015-09-30"),
        TaggingCase("Talks were held on Sep 9 in Hanoi.", "2015-10-21", "Sep 9 => 2015-09-09"),
        TaggingCase("The seminar was held on 9 Sept in Hanoi.", "2015-10-21", "9 Sept => 2015-09-09"),
        TaggingCase("A treaty was signed in August 2012.", "2015-10-21", "August 2012 => 2012-08"),
        TaggingCase("The centre opened in Aug. 2012.", "2015-10-21", "Aug. 2012 => 2012-08"),
        TaggingCase("The office opened in October, 2014.", "2015-10-21", "October, 2014 => 2014-10"),
        TaggingCase("The mechanism was set up in 2011.", "2015-10-21", "2011 => 2011"),
        TaggingCase("Cases have fallen since 2013, police said.", "2015-10-21", "2013 => 2013"),
        TaggingCase("By 2020 the network should cover every border post.", "2015-10-21", "2020 => 2020"),
        TaggingCase("The 2014 meeting in Vientiane set up a hotline.", "2015-10-21", "2014 => 2014"),
        TaggingCase("English.news.cn 2015-10-24 20:41:12", nil, "2015-10-24 => 2015-10-24"),
        TaggingCase("Published: 2017/10/24 22:18:39", nil, "2017/10/24 => 2017-10-24"),
        TaggingCase("Updated: 2019-09-12", nil, "2019-09-12 => 2019-09-12"),
        TaggingCase("The deadline is 23/10/2015 for all entries.", "2015-10-01", "23/10/2015 => 2015-10-23"),
        TaggingCase("Registration closed on 23/10.", "2015-10-30", "23/10 => 2015-10-23"),
        TaggingCase("The form was filed on 5/11/15.", "2015-12-01", "5/11/15 => 2015-11-05"),
        TaggingCase(
            "BEIJING, Oct. 24 (Xinhua) -- China and ASEAN adopted a declaration.", "2015-10-24", "Oct. 24 => 2015-10-24"
        ),
        TaggingCase(
            "VIENTIANE, November 28 (KPL) -- The Lao PDR hosted the talks.", "2015-11-28", "November 28 => 2015-11-28"),
        TaggingCase("(China Daily August 17, 2005)", nil, "August 17, 2005 => 2005-08-17"),
        TaggingCase("(Latest Update October 26, 2015)", nil, "October 26, 2015 => 2015-10-26"),
        TaggingCase("OCT. 24 -- Ministers met in the capital.", "2015-10-24", "OCT. 24 => 2015-10-24"),
        TaggingCase("The accord was signed on October 23rd.", "2015-10-25", "October 23rd => 2015-10-23"),
        TaggingCase("The meeting in Jakarta was held on Feb. 29.", "2016-03-10", "Feb. 29 => 2016-02-29"),
        TaggingCase("The body was founded in 1997 and expanded in 1999.", "2015-10-21", "1997 => 1997", "1999 => 1999"),
        TaggingCase("The accord was signed in mid-2015.", "2016-01-21", "mid-2015 => 2015"),
        TaggingCase("The plan runs until late 2017.", "2015-10-21", "late 2017 => 2017"),
        TaggingCase("In 2015, the two sides agreed to hold talks.", "2016-01-21", "2015 => 2015"),
    ]

    @Test("explicit dates are found and normalised", arguments: cases)
    func explicitDates(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }
}
