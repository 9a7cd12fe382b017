import Testing

@testable import Extraction

/// Periods named by words: parts of a year (written as the year), decades (no value),
/// holidays with fixed dates, fiscal years, weekends, days of the month in focus.
@Suite("Named periods")
struct NamedPeriodTests {
    // 2019-06-12 is a Wednesday.
    static let cases: [TaggingCase] = [
        TaggingCase("Profits fell in the first half of 2018.", "2019-06-12", "the first half of 2018 => 2018"),
        TaggingCase(
            "Arrests rose in the second half of last year.", "2019-06-12", "the second half of last year => 2018"),
        TaggingCase("Sales slowed in the first half of the year.", "2019-06-12", "the first half of the year => 2019"),
        TaggingCase("Traffic will recover in the third quarter.", "2019-06-12", "the third quarter => 2019"),
        TaggingCase("Traffic recovered in the third quarter.", "2019-06-12", "the third quarter => 2018"),
        TaggingCase(
            "Data for the second quarter will be out in August.", "2019-06-12", "the second quarter => 2019",
            "August => 2019-08"),
        TaggingCase(
            "Sales rose in the fourth quarter of last year.", "2019-06-12", "the fourth quarter of last year => 2018"),
        TaggingCase("Output fell in the 3rd quarter of 2015.", "2019-06-12", "the 3rd quarter of 2015 => 2015"),
        TaggingCase("Growth in the current quarter is likely to slow.", "2019-06-12", "the current quarter => 2019"),
        TaggingCase("Profits fell last quarter.", "2019-02-12", "last quarter => 2018"),
        TaggingCase("They meet later this quarter.", "2019-02-12", "later this quarter => 2019"),
        TaggingCase("Profits will rise next quarter.", "2019-11-12", "next quarter => 2020"),
        TaggingCase("Profits fell in the last quarter of 2018.", "2019-06-12", "the last quarter of 2018 => 2018"),
        TaggingCase(
            "Sales peaked in March 2016 and fell the following quarter.", "2019-06-12", "March 2016 => 2016-03",
            "the following quarter => 2016"),
        TaggingCase(
            "Sales peaked in November 2016 and fell the following quarter.", "2019-06-12",
            "November 2016 => 2016-11", "the following quarter => 2017"),
        TaggingCase("The firm reported higher third-quarter earnings.", "2019-11-12", "third-quarter => 2019"),
        TaggingCase("First-half profit fell.", "2019-11-12", "First-half => 2019"),
        TaggingCase("Sales in the fiscal third quarter rose.", "2019-11-12", "the fiscal third quarter => 2019"),
        TaggingCase(
            "Profit rose from $19 million in the same period last year.", "2019-11-12",
            "the same period last year => 2018"),
        TaggingCase("Sales beat the same quarter last year.", "2019-11-12", "the same quarter last year => 2018"),
        TaggingCase("The first-ever joint patrol sailed.", "2019-11-12"),
        TaggingCase("A quarter of the budget goes to police.", "2019-06-12"),
        TaggingCase("Police patrol the old quarter at night.", "2019-06-12"),
        TaggingCase("The navies held drills last summer.", "2019-06-12", "last summer => 2018"),
        TaggingCase("Talks resumed this spring.", "2019-06-12", "this spring => 2019"),
        TaggingCase("Talks will resume next summer.", "2019-06-12", "next summer => 2020"),
        TaggingCase("Smugglers moved last fall to new routes.", "2019-06-12", "last fall => 2018"),
        TaggingCase("The group was founded in the spring of 2010.", "2019-06-12", "the spring of 2010 => 2010"),
        TaggingCase("The plan was drafted in autumn 2015.", "2019-06-12", "autumn 2015 => 2015"),
        TaggingCase("The route opened in late summer.", "2019-06-12", "late summer => 2018"),
        TaggingCase("Floods hit the region during the summer.", "2019-06-12", "the summer => 2018"),
        TaggingCase("Roads close during winter.", "2019-06-12", "winter => nil"),
        TaggingCase("The pass was shut in the winter of 2017.", "2019-06-12", "the winter of 2017 => 2017"),
        TaggingCase("Trade reached $3 billion in fiscal 1998.", "2019-06-12", "fiscal 1998 => 1998"),
        TaggingCase("Parliament passed the budget for fiscal year 2020.", "2019-06-12", "fiscal year 2020 => 2020"),
        TaggingCase("Revenue grew in fiscal 1998-99.", "2019-06-12", "fiscal 1998-99 => 1998..1999"),
        TaggingCase("Arrivals rose 8 percent in 1998-99.", "2019-06-12", "1998-99 => 1998..1999"),
        TaggingCase("Attacks peaked in the 1990s.", "2019-06-12", "the 1990s => nil"),
        TaggingCase("Attacks peaked in the 1990's.", "2019-06-12", "the 1990's => nil"),
        TaggingCase("Veterans recalled the '90s.", "2019-06-12", "the '90s => nil"),
        TaggingCase("Veterans recalled the \u{2019}90s.", "2019-06-12", "the \u{2019}90s => nil"),
        TaggingCase("Piracy grew in the early 2000s.", "2019-06-12", "the early 2000s => nil"),
        TaggingCase("The trade began in the mid-1980s.", "2019-06-12", "the mid-1980s => nil"),
        TaggingCase("He was jailed two decades ago.", "2019-06-12", "two decades ago => nil"),
        TaggingCase("The fleet will double by the end of the decade.", "2019-06-12", "the end of the decade => nil"),
        TaggingCase("Trade collapsed in the next decade.", "2019-06-12", "the next decade => nil"),
        TaggingCase("Growth slowed this decade.", "2019-06-12", "this decade => nil"),
        TaggingCase("The policy dates back to the 19th century.", "2019-06-12", "the 19th century => nil"),
        TaggingCase("Demand will grow by the end of the century.", "2019-06-12", "the end of the century => nil"),
        TaggingCase("The 21st Century Fund paid.", "2019-06-12"),
        TaggingCase("Rents rose over the decade.", "2019-06-12"),
        TaggingCase(
            "The deal was signed in the summer of 2015, and shipments arrived that autumn.", "2019-06-12",
            "the summer of 2015 => 2015", "that autumn => 2015"),
        TaggingCase("The border will reopen before Christmas.", "2019-06-12", "Christmas => 2019-12-25"),
        TaggingCase("The hostages were freed on Christmas Eve.", "2019-06-12", "Christmas Eve => 2018-12-24"),
        TaggingCase("Guards stay on duty through Christmas Day.", "2019-06-12", "Christmas Day => 2018-12-25"),
        TaggingCase("The rules take effect on New Year's Day.", "2019-06-12", "New Year's Day => 2019-01-01"),
        TaggingCase("The rules will take effect on New Year's Day.", "2019-06-12", "New Year's Day => 2020-01-01"),
        TaggingCase(
            "He spent New Year\u{2019}s Eve with the troops.", "2019-06-12", "New Year\u{2019}s Eve => 2018-12-31"),
        TaggingCase("Police were on alert at Halloween.", "2019-06-12", "Halloween => 2018-10-31"),
        TaggingCase("The truce broke down at Christmas 2014.", "2019-06-12", "Christmas 2014 => 2014-12-25"),
        TaggingCase(
            "Shops close at Christmas and New Year's Day.", "2019-06-12", "Christmas => 2018-12-25",
            "New Year's Day => 2019-01-01"),
        TaggingCase("Exports grew in the fall, officials said.", "2019-06-12", "the fall => 2018"),
        TaggingCase("Fans gathered in the capital over the weekend.", "2019-06-12", "the weekend => 2019-06"),
        TaggingCase("Fans will gather in the capital at the weekend.", "2019-06-12", "the weekend => 2019-06"),
        TaggingCase("Fans gathered in the capital over the weekend.", "2019-06-03", "the weekend => 2019-06"),
        TaggingCase("Fans gathered in the capital over the weekend.", "2019-09-03", "the weekend => nil"),
        TaggingCase("The minister will travel this weekend.", "2019-06-12", "this weekend => 2019-06"),
        TaggingCase("Protesters blocked roads last weekend.", "2019-06-12", "last weekend => 2019-06"),
        TaggingCase(
            "The envoy arrived on June 3 and left on the 9th.", "2019-06-12", "June 3 => 2019-06-03",
            "the 9th => 2019-06-09"),
        TaggingCase("The fine is due by the 20th.", "2019-06-12", "the 20th => 2019-06-20"),
        TaggingCase("The fine was paid on the 20th.", "2019-06-12", "the 20th => 2019-05-20"),
        TaggingCase(
            "In March 2018 police met twice, on the 4th and on the 20th.", "2019-06-12",
            "March 2018 => 2018-03", "the 4th => 2018-03-04", "the 20th => 2018-03-20"),
        TaggingCase("The courts close the week after next.", "2019-06-12", "the week after next => 2019-06"),
    ]

    @Test("named periods", arguments: cases)
    func named(_ row: TaggingCase) {
        #expect(row.actual() == row.expected, "published \(row.published ?? "nil")")
    }
}
