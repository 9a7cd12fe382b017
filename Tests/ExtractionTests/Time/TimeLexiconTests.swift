import Testing

@testable import Extraction

/// `TimeLexicon`: every table word is found in any case, with its facts; nothing else is.
@Suite("Time lexicon")
struct TimeLexiconTests {
    static let tableWords: [String] =
        CalendarWords.months.map(\.word) + CalendarWords.weekdays.map(\.word) + CalendarWords.numbers.map(\.word)
        + TimeKeyword.allCases.map(\.rawValue) + TimeKeyword.variants.map(\.word) + CalendarWords.introducers
        + CalendarWords.numberLabels + CalendarWords.countNouns + CalendarWords.pastCues + CalendarWords.presentCues
        + CalendarWords.futureCues + CalendarWords.edAdjectives + CalendarWords.determiners

    /// The lexicon entry of `word` as the tokenizer gives it.
    static func entry(_ word: String) -> TimeWord? {
        let tokens = TimeTokenizer.tokens(of: word)
        #expect(tokens.count == 1, "\(word): \(tokens.count) tokens")
        return tokens.first?.word
    }

    @Test("every table word is known, in lower case, capitalised and upper case")
    func knowsTableWords() {
        for word in Self.tableWords {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            for spelling in [word, capitalised, word.uppercased()] {
                #expect(Self.entry(spelling) != nil, "\(spelling) not found")
            }
        }
    }

    @Test(
        "other words are unknown, however long",
        arguments: ["minister", "mays", "ma", "international", "xxxxxxxxxxxxxxxx"])
    func unknownWords(_ word: String) {
        #expect(Self.entry(word) == nil, "\(word) found")
    }

    @Test("a word keeps every role its tables give it")
    func roles() {
        let may = Self.entry("May")
        #expect(may?.month == 5 && may?.monthIsAbbreviation == false, "may: \(String(describing: may))")
        let sept = Self.entry("sept")
        #expect(sept?.month == 9 && sept?.monthIsAbbreviation == true, "sept: \(String(describing: sept))")
        #expect(Self.entry("Friday")?.weekday == 5)
        #expect(Self.entry("two")?.number == 2)
        #expect(Self.entry("several")?.number == 0)
        #expect(Self.entry("days")?.keyword == .day)
        let last = Self.entry("last")
        #expect(last?.keyword == .last && last?.tenseCue == .past && last?.introducesDate == true)
        let the = Self.entry("the")
        #expect(the?.keyword == .the && the?.isDeterminer == true && the?.number == nil)
        #expect(Self.entry("kilometres")?.countsThings == true)
        #expect(Self.entry("united")?.isPlainAdjective == true)
    }
}
