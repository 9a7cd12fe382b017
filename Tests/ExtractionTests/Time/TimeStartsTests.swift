import Testing

@testable import Extraction

/// `TimeTokens.starts` and `lengthStarts`: the scanners try only the tokens the tokenizer
/// lists, and find what they would find trying every token.
@Suite("Where expressions may start")
struct TimeStartsTests {
    /// Every sentence of the tagging tables, with the lengths' sentences and a few more.
    static let sentences: [String] =
        (AnaphoricDateTests.cases + CalendarDateTests.cases + DateRangeTests.cases + FalsePositiveTests.cases
        + NamedPeriodTests.cases + RelativeDateTests.cases + WeekdayTenseTests.cases).map(\.sentence)
        + DurationTests.cases.map(\.0) + TimeTagsTests.sentences + [
            "From Monday through Friday, the two sides met in the 1990s and again a few weeks later.",
            "Seven days ago, a week-long drill; the weeklong course, 3-day talks and a fortnight of patrols.",
            "In spring 2015 and last summer; Christmas Eve, New Year's Day, midnight Friday, noon Tuesday.",
        ]

    static func rendered(_ matches: [TimeMatch]) -> [String] {
        matches.map { "\($0.first)..<\($0.end) \($0.expression)" }
    }

    @Test("dates found from the listed starts are the dates found from every token", arguments: sentences)
    func dates(_ sentence: String) {
        TimeTokenizer.withTokens(of: sentence) { scanned in
            let listed = DateScanner(tokens: scanned.tokens, starts: scanned.starts).matches()
            let every = Array(scanned.tokens.indices).withUnsafeBufferPointer {
                DateScanner(tokens: scanned.tokens, starts: $0).matches()
            }
            #expect(Self.rendered(listed) == Self.rendered(every), "\(sentence)")
        }
    }

    @Test("lengths found from the listed starts are the lengths found from every token", arguments: sentences)
    func lengths(_ sentence: String) {
        TimeTokenizer.withTokens(of: sentence) { scanned in
            let listed = DurationScanner(tokens: scanned.tokens, starts: scanned.lengthStarts).matches()
            let every = DurationScanner(tokens: scanned.tokens, starts: Array(scanned.tokens.indices)).matches()
            #expect(
                listed.map { [$0.first, $0.end, $0.days] } == every.map { [$0.first, $0.end, $0.days] },
                "\(sentence)")
        }
    }

    @Test("numbers and words that may start an expression are listed; other tokens are not")
    func listed() {
        let text = "On 5 May the talks, which ran two days, ended"
        let listed = words(of: text, at: TimeTokenizer.scan(text).starts)
        #expect(listed == ["5", "May", "the", "two", "days"], "\(listed)")
    }

    @Test("a length's start is listed where a unit or 'weeklong' ends it; other counts are not")
    func lengthStarts() {
        let text = "A three-day workshop, weeklong drills, 3 - day talks, two more weeks and 12 days; 40 people, days"
        let listed = words(of: text, at: TimeTokenizer.scan(text).lengthStarts)
        #expect(listed == ["three", "weeklong", "3", "12"], "\(listed)")
    }

    /// The words of `text` at the token numbers `indices` (of `TimeTokenizer.scan(text)`).
    private func words(of text: String, at indices: [Int]) -> [String] {
        let tokens = TimeTokenizer.scan(text).tokens
        let bytes = Array(text.utf8)
        return indices.map { String(decoding: bytes[tokens[$0].start..<tokens[$0].end], as: UTF8.self) }
    }
}
