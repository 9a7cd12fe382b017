import Testing

@testable import Extraction

@Suite("Durations")
struct DurationTests {
    static let cases: [(String, [String])] = [
        ("The three-day workshop opened in Kunming.", ["three-day 3"]),
        ("A 3-day course began on Monday.", ["3-day 3"]),
        ("The two-day-long meeting closed on Friday.", ["two-day-long 2"]),
        ("Delegates will meet for three days in Hanoi.", ["three days 3"]),
        ("A week-long training course ended on Friday.", ["week-long 7"]),
        ("The weeklong exercise involved four navies.", ["weeklong 7"]),
        ("The officers trained for a fortnight.", ["a fortnight 14"]),
        ("The two-week course ended.", ["two-week 14"]),
        ("They stayed for a day.", ["a day 1"]),
        ("The suspects were caught two days ago and freed three days later.", []),
        ("Patrols run twice a day.", []),
        ("The COVID-19 rules stayed for 20 days.", ["20 days 20"]),
    ]

    @Test("stated lengths in days", arguments: cases)
    func durations(_ row: (String, [String])) {
        let (sentence, expected) = row
        let bytes = Array(sentence.utf8)
        let actual = DateTagger().durations(in: sentence).map {
            "\(String(decoding: bytes[$0.range], as: UTF8.self)) \($0.days)"
        }
        #expect(actual == expected, "\(sentence)")
    }
}
