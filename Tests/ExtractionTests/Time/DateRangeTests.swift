import Testing

@testable import Extraction

/// Ranges of days, months and years (publication 2015-10-21, a Wednesday).
@Suite("Date ranges")
struct DateRangeTests {
    static let cases: [TaggingCase] = [
        TaggingCase(
            "The dialogue will be held from Oct. 23 to 24 in Beijing.", "2015-10-21",
            "from Oct. 23 to 24 => 2015-10-23..2015-10-24"),
        TaggingCase("The workshop will run October 23-24.", "2015-10-21", "October 23-24 => 2015-10-23..2015-10-24"),
        TaggingCase("The drill took place on 23-24 Oct. here", "2015-10-30", "23-24 Oct. => 2015-10-23..2015-10-24"),
        TaggingCase("Delegates will meet Nov 5 to 7 in Yangon.", "2015-10-21", "Nov 5 to 7 => 2015-11-05..2015-11-07"),
        TaggingCase(
            "The course was held between 12 and 14 September.", "2015-10-21",
            "between 12 and 14 September => 2015-09-12..2015-09-14"),
        TaggingCase(
            "The summit is scheduled for Oct. 30 - Nov. 2.", "2015-10-21", "Oct. 30 - Nov. 2 => 2015-10-30..2015-11-02"),
        TaggingCase(
            "The summit was held 30 October to 2 November 2014.", "2015-10-21",
            "30 October to 2 November 2014 => 2014-10-30..2014-11-02"),
        TaggingCase(
            "It was held on 23-24 October 2015 in Beijing.", "2017-10-24",
            "23-24 October 2015 => 2015-10-23..2015-10-24"),
        TaggingCase(
            "The talks ran October 23-24, 2015.", "2017-10-24", "October 23-24, 2015 => 2015-10-23..2015-10-24"),
        TaggingCase(
            "The talks will run from Dec. 30 to Jan. 2.", "2015-12-20",
            "from Dec. 30 to Jan. 2 => 2015-12-30..2016-01-02"),
        TaggingCase(
            "The exercise ran from Dec. 28, 2014 to Jan. 3, 2015.", "2015-10-21",
            "from Dec. 28, 2014 to Jan. 3, 2015 => 2014-12-28..2015-01-03"),
        TaggingCase(
            "The drills lasted from March to May 2015.", "2015-10-21", "from March to May 2015 => 2015-03..2015-05"),
        TaggingCase("The plan covers 2016-2020.", "2015-10-21", "2016-2020 => 2016..2020"),
        TaggingCase("The plan covers the 2015-16 period.", "2015-10-21", "2015-16 => 2015..2016"),
        TaggingCase("The programme ran from 2011 to 2014.", "2015-10-21", "from 2011 to 2014 => 2011..2014"),
        TaggingCase("The centre was built between 2009 and 2012.", "2015-10-21", "between 2009 and 2012 => 2009..2012"),
        TaggingCase("The talks were held on Oct. 12 and 13.", "2015-10-21", "Oct. 12 and 13 => 2015-10-12..2015-10-13"),
        TaggingCase(
            "The trial was held from Tuesday (Nov 14) to Thursday (Nov 16).", "2017-11-17",
            "from Tuesday (Nov 14) to Thursday (Nov 16) => 2017-11-14..2017-11-16"),
        TaggingCase(
            "The course will run from Monday to Friday.", "2015-10-21",
            "from Monday to Friday => 2015-10-26..2015-10-30"),
        TaggingCase("Exercises took place 5 - 7 June.", "2015-10-21", "5 - 7 June => 2015-06-05..2015-06-07"),
        TaggingCase(
            "The conference runs October 23 through 25.", "2015-10-21",
            "October 23 through 25 => 2015-10-23..2015-10-25"),
    ]

    @Test("ranges give a start and an end", arguments: cases)
    func ranges(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }
}
