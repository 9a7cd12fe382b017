import Testing

@testable import Extraction

/// Weekdays and year-less dates placed by the tense of their clause.
@Suite("Weekdays and tense")
struct WeekdayTenseTests {
    // 2015-10-21 is a Wednesday.
    static let cases: [TaggingCase] = [
        TaggingCase("The ministry said Tuesday that cases had fallen.", "2015-10-21", "Tuesday => 2015-10-20"),
        TaggingCase("The ministry said on Wednesday that cases had fallen.", "2015-10-21", "Wednesday => 2015-10-21"),
        TaggingCase("The ministers met on Thursday in Manila.", "2015-10-21", "Thursday => 2015-10-15"),
        TaggingCase("The ministers will meet on Friday in Manila.", "2015-10-21", "Friday => 2015-10-23"),
        TaggingCase("The ministers will meet on Wednesday in Manila.", "2015-10-21", "Wednesday => 2015-10-28"),
        TaggingCase("The forum is to be held on Monday.", "2015-10-21", "Monday => 2015-10-26"),
        TaggingCase("The forum was held on Monday.", "2015-10-21", "Monday => 2015-10-19"),
        TaggingCase("The pact has been signed on Sunday.", "2015-10-21", "Sunday => 2015-10-18"),
        TaggingCase("Both sides agreed to meet on Saturday.", "2015-10-21", "Saturday => 2015-10-24"),
        TaggingCase(
            "The talks, which opened on Tuesday, will end on Friday.", "2015-10-21", "Tuesday => 2015-10-20",
            "Friday => 2015-10-23"),
        TaggingCase("The meeting is scheduled for Thursday.", "2015-10-21", "Thursday => 2015-10-22"),
        TaggingCase("The conference runs until Thursday.", "2015-10-21", "Thursday => 2015-10-22"),
        TaggingCase("Ministers are meeting on Thursday.", "2015-10-21", "Thursday => 2015-10-22"),
        TaggingCase("The truce expires on Friday.", "2015-10-21", "Friday => 2015-10-23"),
        TaggingCase("The truce expires at midnight Friday.", "2015-10-21", "midnight Friday => 2015-10-23"),
        TaggingCase("Talks opened at noon Tuesday.", "2015-10-21", "noon Tuesday => 2015-10-20"),
        TaggingCase("The curfew starts at midnight.", "2015-10-21"),
        TaggingCase("Voters go to the polls on Dec. 3.", "2015-10-21", "Dec. 3 => 2015-12-03"),
        TaggingCase("The ministers meet on Thursday.", "2015-10-21", "Thursday => 2015-10-22"),
        TaggingCase("The ministers will meet on Monday.", "2015-10-21", "Monday => 2015-10-26"),
        TaggingCase("The ministers did not meet on Monday.", "2015-10-21", "Monday => 2015-10-19"),
        TaggingCase("Both sides agreed to resume talks on Monday.", "2015-10-21", "Monday => 2015-10-26"),
        TaggingCase("The border reopens on Thursday.", "2015-10-21", "Thursday => 2015-10-22"),
        TaggingCase("The new law takes effect on Oct. 26.", "2015-10-21", "Oct. 26 => 2015-10-26"),
        TaggingCase("On Monday, police arrested six suspects.", "2015-10-21", "Monday => 2015-10-19"),
        TaggingCase("Gunmen opened fire on Monday night.", "2015-10-21", "Monday night => 2015-10-19"),
        TaggingCase("The court will rule on Tuesday afternoon.", "2015-10-21", "Tuesday afternoon => 2015-10-27"),
        TaggingCase("Talks began Thursday morning.", "2015-10-21", "Thursday morning => 2015-10-15"),
        TaggingCase("The storm will make landfall late Thursday.", "2015-10-21", "late Thursday => 2015-10-22"),
        TaggingCase("Police raided the camp early Monday.", "2015-10-21", "early Monday => 2015-10-19"),
        TaggingCase("The envoys meet on Tuesday next week.", "2015-10-21", "Tuesday next week => 2015-10-27"),
        TaggingCase("The envoys met on Friday of last week.", "2015-10-21", "Friday of last week => 2015-10-16"),
        TaggingCase("The envoys meet Monday this week.", "2015-10-21", "Monday this week => 2015-10-19"),
        TaggingCase("Envoys dined last Friday evening.", "2015-10-21", "last Friday evening => 2015-10-16"),
        TaggingCase(
            "Police chiefs gathered Thursday (Oct 22) in Beijing.", "2015-10-23", "Thursday (Oct 22) => 2015-10-22"),
        TaggingCase("Talks opened on Thursday, Oct. 22, in Beijing.", "2015-10-23", "Thursday, Oct. 22 => 2015-10-22"),
        TaggingCase("The next round will be held on Jan. 5 in Hanoi.", "2015-12-20", "Jan. 5 => 2016-01-05"),
        TaggingCase("The first round was held on Jan. 5 in Hanoi.", "2015-12-20", "Jan. 5 => 2015-01-05"),
        TaggingCase("The first round was held on Dec. 28 in Hanoi.", "2016-01-04", "Dec. 28 => 2015-12-28"),
        TaggingCase("The summit will open on Dec. 28 in Hanoi.", "2016-01-04", "Dec. 28 => 2016-12-28"),
        TaggingCase("Delegates are expected to arrive on Nov. 2.", "2015-10-21", "Nov. 2 => 2015-11-02"),
        TaggingCase("A joint patrol set off on Oct. 19 from Guanlei.", "2015-10-21", "Oct. 19 => 2015-10-19"),
        TaggingCase("The seminar, which ends on Oct. 22, drew 40 officers.", "2015-10-21", "Oct. 22 => 2015-10-22"),
        TaggingCase("Officials said the talks would resume on Monday.", "2015-10-21", "Monday => 2015-10-26"),
        TaggingCase("Wednesday (Jan 6) was chosen for the talks.", "2015-12-28", "Wednesday (Jan 6) => 2016-01-06"),
        TaggingCase("The meeting, set for Feb. 22, will tackle piracy.", "2017-02-15", "Feb. 22 => 2017-02-22"),
        TaggingCase(
            "They agreed to hold their annual border committee meeting in Penang in October.", "2024-03-12",
            "October => 2024-10"),
        TaggingCase(
            "The agency said it would host a course for 20 officers at the police university in Asan, 86 "
                + "kilometers south of Seoul, in mid-December.", "2023-10-16", "mid-December => 2023-12"),
        TaggingCase(
            "Officers from the five countries who attended the course at the academy near the old port city "
                + "on the coast of the northern province were praised. In December, it ended.", "2023-10-16",
            "December => 2022-12"),
        TaggingCase("Both forces set up a hotline on Feb. 10.", "2017-02-15", "Feb. 10 => 2017-02-10"),
        TaggingCase(
            "Police have agreed to share more data on militant networks after two days of talks on Tuesday.",
            "2016-09-08", "Tuesday => 2016-09-06"),
        TaggingCase(
            "The meeting will be held in Bangkok, the ministry said on Monday.", "2015-10-21", "Monday => 2015-10-19"),
        TaggingCase("Officials said the talks on Jan. 3 were fruitful.", "2016-01-10", "Jan. 3 => 2016-01-03"),
    ]

    @Test("weekdays and year-less dates follow the tense", arguments: cases)
    func weekdays(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }

    static let tenses: [(String, String, Tense)] = [
        ("The ministers will meet on Friday.", "Friday", .future),
        ("The ministers met on Friday.", "Friday", .past),
        ("The ministers are meeting on Friday.", "Friday", .present),
        ("The talks are to be held on Friday.", "Friday", .future),
        ("The talks have been held on Friday.", "Friday", .past),
        ("On Friday, the minister said the plan was ready.", "Friday", .past),
        ("The ministers plan to meet on Friday.", "Friday", .future),
        ("The workshop opens on Friday.", "Friday", .present),
        ("The security forum meets on Friday.", "Friday", .present),
        ("The talks will meet on Friday.", "Friday", .future),
    ]

    @Test("the tense of the clause around an expression", arguments: tenses)
    func tense(_ row: (String, String, Tense)) throws {
        let (sentence, phrase, expected) = row
        let start = try #require(sentence.utf8.firstRange(of: phrase.utf8))
        let lower = sentence.utf8.distance(from: sentence.utf8.startIndex, to: start.lowerBound)
        let range = lower..<(lower + phrase.utf8.count)
        #expect(DateTagger().tense(around: range, in: sentence) == expected, "\(sentence)")
    }
}
