import Extraction
import Foundation
import Testing

@testable import sectrack

@Suite("Extraction JSON")
struct ExtractionJSONTests {
    /// Parses one object written by `ExtractionJSON`.
    private func parsed(path: String, _ result: ArticleExtraction) throws -> [String: Any] {
        // A small first room, so the object is written again into more until it fits.
        let out = JSONWriter.bytes(capacity: 32) { ExtractionJSON.write(path: path, result, to: &$0) }
        return try #require(JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
    }

    @Test("quotes, backslashes and control characters in every field come back as written")
    func awkwardText() throws {
        let awkward = "say \"no\" \\ to\ttabs,\r\nnew lines and \u{1}\u{1f} controls, in Hà Nội"
        let meeting = Meeting(
            name: awkward, kind: .talks, status: .held, start: .day(Day(year: 2019, month: 3, day: 5)!),
            city: awkward, country: "VN", countries: ["VN", "LA"], organizations: [awkward], topics: ["cybercrime"],
            evidence: [
                Evidence(field: .name, value: awkward, text: awkward, span: Span(offset: 1_234_567, length: 89))
            ])
        let result = ArticleExtraction(
            published: Day(year: 2019, month: 3, day: 6), source: awkward, title: nil, text: "", meetings: [meeting])
        let object = try parsed(path: "dir/\(awkward).txt", result)
        #expect(object["path"] as? String == "dir/\(awkward).txt")
        #expect(object["published"] as? String == "2019-03-06")
        #expect(object["source"] as? String == awkward)
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(meetings[0]["name"] as? String == awkward)
        #expect(meetings[0]["start"] as? String == "2019-03-05")
        #expect(meetings[0]["end"] is NSNull)
        #expect(meetings[0]["countries"] as? [String] == ["LA", "VN"])
        #expect(meetings[0]["organizations"] as? [String] == [awkward])
        let evidence = try #require(meetings[0]["evidence"] as? [[String: Any]])
        #expect(evidence[0]["text"] as? String == awkward)
        #expect(evidence[0]["offset"] as? Int == 1_234_567)
        #expect(evidence[0]["length"] as? Int == 89)
    }

    @Test("pieces of evidence citing the same words, in a row or not, with the same or other text")
    func repeatedEvidence() throws {
        let words = "South Korea, \"India\" and Singapore"
        let pieces = [
            Evidence(field: .countries, value: "IN", text: words, span: Span(offset: 209, length: 61)),
            Evidence(field: .countries, value: "KR", text: words, span: Span(offset: 209, length: 61)),
            Evidence(field: .countries, value: "KR", text: "South Korea", span: Span(offset: 209, length: 11)),
            Evidence(field: .countries, value: "SG", text: words, span: Span(offset: 209, length: 61)),
            Evidence(field: .countries, value: "SG", text: "other words", span: Span(offset: 209, length: 61)),
            Evidence(field: .topics, value: "terrorism", text: "terrorism", span: Span(offset: 12, length: 9)),
        ]
        let meeting = Meeting(
            name: "talks", kind: .talks, status: .held, start: nil, city: nil, country: nil, countries: ["IN"],
            organizations: [], topics: [], evidence: pieces)
        let result = ArticleExtraction(published: nil, source: nil, title: nil, text: "", meetings: [meeting])
        let object = try parsed(path: "a.txt", result)
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        let evidence = try #require(meetings.first?["evidence"] as? [[String: Any]])
        #expect(evidence.count == pieces.count)
        for (written, piece) in zip(evidence, pieces) {
            #expect(written["field"] as? String == piece.field.rawValue)
            #expect(written["value"] as? String == piece.value)
            #expect(written["text"] as? String == piece.text)
            #expect(written["offset"] as? Int == piece.span.offset)
            #expect(written["length"] as? Int == piece.span.length)
        }
    }

    @Test("an article with no date, source or meeting writes nulls and an empty list")
    func emptyArticle() throws {
        let object = try parsed(
            path: "a.txt", ArticleExtraction(published: nil, source: nil, title: nil, text: "", meetings: []))
        #expect(object["published"] is NSNull)
        #expect(object["source"] is NSNull)
        #expect((object["meetings"] as? [Any])?.isEmpty == true)
    }

    @Test("the written-out kind, status and field pieces quote each case's raw value")
    func literals() {
        func text(_ literal: StaticString) -> String { literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) } }
        for kind in MeetingKind.allCases {
            #expect(text(ExtractionJSON.kindMember(kind)) == ", \"kind\": \"\(kind.rawValue)\"")
        }
        for status in MeetingStatus.allCases {
            #expect(text(ExtractionJSON.statusMember(status)) == ", \"status\": \"\(status.rawValue)\"")
        }
        for field in MeetingField.allCases {
            #expect(text(ExtractionJSON.evidenceStart(field)) == "{\"field\": \"\(field.rawValue)\", \"value\": \"")
        }
    }

    @Test("dates of every precision are written as their descriptions, a year of five digits too")
    func dates() throws {
        let dates: [(PartialDate?, PartialDate?)] = [
            (.year(2015), .month(year: 2015, month: 10)), (.day(Day(year: 987, month: 1, day: 2)!), nil),
            (.year(12_345), .month(year: 12_345, month: 3)),
        ]
        for (start, end) in dates {
            let meeting = Meeting(kind: .summit, status: .scheduled, start: start, end: end)
            let result = ArticleExtraction(published: nil, source: nil, title: nil, text: "", meetings: [meeting])
            let object = try parsed(path: "a.txt", result)
            let written = try #require((object["meetings"] as? [[String: Any]])?.first)
            #expect(written["start"] as? String == start?.description)
            #expect((written["end"] as? String) == end?.description)
            #expect(end != nil || written["end"] is NSNull)
        }
    }
}
