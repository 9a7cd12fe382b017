import Testing

@testable import Extraction

@Suite("Text preparation: offsets back into the input")
struct OffsetMapTests {
    /// The input bytes that `phrase` of the cleaned text maps back to.
    private func source(of phrase: String, in input: String, format: InputFormat? = nil) -> String? {
        let bytes = Array(input.utf8)
        let prepared = TextPreparer.prepare(bytes, format: format)
        guard let found = prepared.bytes.firstRange(of: Array(phrase.utf8)) else { return nil }
        let span = prepared.sourceSpan(of: found)
        return String(decoding: bytes[span.offset..<span.end], as: UTF8.self)
    }

    @Test(
        "cleaned phrases map to the bytes they came from",
        arguments: [
            ("Ministers met in Hanoi on Friday.", "met in Hanoi", nil, "met in Hanoi"),
            ("\u{FEFF}Line one.\r\nDelegates from Laos met.\r\n", "Delegates from Laos", nil, "Delegates from Laos"),
            ("First line.\r\nSecond line.", "First line.\nSecond", nil, "First line.\r\nSecond"),
            ("<p>Law &amp; order talks</p>", "Law & order", InputFormat.html, "Law &amp; order"),
            ("<p>China&rsquo;s police</p>", "China\u{2019}s", .html, "China&rsquo;s"),
            ("<p>Talks\n   opened   today</p>", "Talks opened today", .html, "Talks\n   opened   today"),
            ("Police  chiefs\u{A0}met.", "Police chiefs met", nil, "Police  chiefs\u{A0}met"),
            ("Caf\u{E9} talks &amp; more", "Caf\u{E9} talks", nil, "Caf\u{E9} talks"),
        ] as [(String, String, InputFormat?, String)])
    func mapping(input: String, phrase: String, format: InputFormat?, expected: String) {
        let got = source(of: phrase, in: input, format: format)
        #expect(
            got == expected,
            "input \(input.debugDescription), phrase \(phrase.debugDescription): got \(got.debugDescription)")
    }

    @Test("an empty range maps to an empty span where it stands")
    func emptyRange() {
        let prepared = TextPreparer.prepare(Array("\u{FEFF}Abc def.".utf8))
        #expect(prepared.sourceSpan(of: 4..<4) == Span(offset: 7, length: 0))
    }

    @Test("joined lines keep their origins, and the line ends between them stand where the line before ends")
    func joining() {
        let input = "One  line\n\nskip me\nTwo\nThree "
        let text = MappedText(unchanged: Array(input.utf8))
        let lines = [
            TextLine(range: 0..<9, blankBefore: false), TextLine(range: 19..<22, blankBefore: true),
            TextLine(range: 23..<28, blankBefore: false),
        ]
        let (joined, ranges) = text.joining(lines)
        #expect(String(decoding: joined.bytes, as: UTF8.self) == "One  line\n\nTwo\nThree")
        #expect(ranges == [0..<9, 11..<14, 15..<20])
        #expect(joined.sourceSpan(of: 11..<14) == Span(offset: 19, length: 3))
        #expect(joined.sourceSpan(of: 9..<11) == Span(offset: 9, length: 0))
        #expect(joined.sourceSpan(of: 14..<15) == Span(offset: 22, length: 0))
        #expect(joined.sourceSpan(of: 0..<20) == Span(offset: 0, length: 28))
    }
}
