import Testing

@testable import Extraction

/// `DateTagger.tags(utf8:published:)` reads dates and lengths from one tokenization.
@Suite("Dates and lengths together")
struct TimeTagsTests {
    static let sentences = [
        "The three-day workshop opened on Oct. 23 and will close on Friday.",
        "Delegates met for two days, from Oct. 23 to 24, 2015, in Hanoi; a week-long course follows next month.",
        "No date here, only 2,015 kilograms of heroin and the COVID-19 rules.",
        "",
    ]

    static let tagger = DateTagger()
    static let published = Day(year: 2015, month: 10, day: 21)

    /// `body` with the UTF-8 bytes of `sentence`, for the tagger's byte-level entry points.
    static func withBytes<Result>(_ sentence: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var copy = sentence
        return copy.withUTF8(body)
    }

    @Test("tags gives what tag and durations give one by one", arguments: sentences)
    func together(_ sentence: String) {
        let (tagger, published) = (Self.tagger, Self.published)
        let tags = Self.withBytes(sentence) { tagger.tags(utf8: $0, published: published) }
        let dates = tagger.tag(sentence, published: published)
        let durations = tagger.durations(in: sentence)
        #expect(tags.dates == dates, "\(sentence): dates \(tags.dates), expected \(dates)")
        #expect(tags.durations == durations, "\(sentence): durations \(tags.durations), expected \(durations)")
    }

    @Test("values gives the dates of tags without their text, and the same lengths", arguments: sentences)
    func values(_ sentence: String) {
        let (tagger, published) = (Self.tagger, Self.published)
        let (tags, values) = Self.withBytes(sentence) {
            (tagger.tags(utf8: $0, published: published), tagger.values(utf8: $0, published: published))
        }
        let expected = tags.dates.map {
            DateValue(
                range: $0.range, start: $0.start, end: $0.end, isRelative: $0.isRelative,
                anaphoricOffset: $0.anaphoricOffset)
        }
        #expect(values.dates == expected, "\(sentence): \(values.dates)")
        #expect(values.durations == tags.durations, "\(sentence): \(values.durations)")
    }

    @Test("values made into another record are the values, in order, made one by one", arguments: sentences)
    func madeValues(_ sentence: String) {
        let (tagger, published) = (Self.tagger, Self.published)
        let (values, ranges) = Self.withBytes(sentence) {
            (tagger.values(utf8: $0, published: published), tagger.values(utf8: $0, published: published) { $0.range })
        }
        #expect(ranges.dates == values.dates.map(\.range), "\(sentence): \(ranges.dates)")
        #expect(ranges.durations == values.durations, "\(sentence): \(ranges.durations)")
    }
}
