import Extraction
import Foundation

@testable import Storage

/// Invented articles and meetings for the store tests.
enum Samples {
    static let talksText =
        "VIENTIANE, March 4 -- Police chiefs of Laos and Vietnam held talks on drug smuggling along their border."

    static let talks = Meeting(
        kind: .talks, status: .held, start: PartialDate(iso: "2021-03-04"), city: "Vientiane", country: "LA",
        countries: ["VN", "LA"], topics: ["drugs"],
        evidence: [
            Evidence(field: .kind, value: "talks", text: "talks", span: Span(offset: 73, length: 5)),
            Evidence(field: .city, value: "Vientiane", text: "VIENTIANE", span: Span(offset: 0, length: 9)),
        ])

    /// `talks` with an evidence span at a negative offset, which the schema's CHECK refuses.
    static var brokenTalks: Meeting {
        var broken = talks
        broken.evidence.append(Evidence(field: .name, value: "x", text: "x", span: Span(offset: -1, length: 1)))
        return broken
    }

    static let workshop = Meeting(
        name: "Regional Workshop on Cybercrime", kind: .workshop, status: .scheduled,
        start: PartialDate(iso: "2021-04"), end: nil, country: "TH", countries: ["TH", "KH"],
        organizations: ["asean"], topics: ["cybercrime"])

    static func extraction(_ text: String = talksText, meetings: [Meeting] = [talks]) -> ArticleExtraction {
        ArticleExtraction(
            published: Day(year: 2021, month: 3, day: 4), source: "Example Wire", title: "Border talks", text: text,
            meetings: meetings)
    }

    static func article(
        path: String, bytes: String = talksText, meetings: [Meeting] = [talks], version: Int = 1
    ) -> NewArticle {
        NewArticle(
            path: path, hash: ContentHash(of: Array(bytes.utf8)), extraction: extraction(bytes, meetings: meetings),
            extractorVersion: version, ingestedAt: Date(timeIntervalSince1970: 1_700_000_000))
    }
}
