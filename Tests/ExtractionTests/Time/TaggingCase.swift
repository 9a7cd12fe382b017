import Testing

@testable import Extraction

/// One table row: a sentence, its publication date, and every mention the tagger must find,
/// written `text => value` or `text => start..end` (`nil` for no value).
struct TaggingCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let published: String?
    let expected: [String]

    init(_ sentence: String, _ published: String? = "2015-10-21", _ expected: String...) {
        self.sentence = sentence
        self.published = published
        self.expected = expected
    }

    var testDescription: String { sentence }

    /// The tagger's mentions written like `expected`.
    func actual() -> [String] {
        let day = published.flatMap { PartialDate(iso: $0) }.flatMap { date -> Day? in
            if case .day(let day) = date { return day }
            return nil
        }
        return DateTagger().tag(sentence, published: day).map(Self.render)
    }

    static func render(_ mention: DateMention) -> String {
        let start = mention.start?.description ?? "nil"
        guard let end = mention.end else { return "\(mention.text) => \(start)" }
        return "\(mention.text) => \(start)..\(end)"
    }
}
