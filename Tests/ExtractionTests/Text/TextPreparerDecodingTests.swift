import Testing

@testable import Extraction

@Suite("Text preparation: decoding")
struct TextPreparerDecodingTests {
    @Test("a BOM is dropped and CRLF and CR become LF")
    func bomAndLineEnds() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Officials met.\r\nThey agreed.\rTalks end.".utf8)
        let prepared = TextPreparer.prepare(input, format: .plainText)
        #expect(prepared.text == "Officials met.\nThey agreed.\nTalks end.", "got \(prepared.text.debugDescription)")
        #expect(prepared.warnings.isEmpty)
    }

    @Test(
        "invalid UTF-8 is replaced with U+FFFD and reported",
        arguments: [
            ([0x41, 0xFF, 0x42], "A\u{FFFD}B"),
            ([0x41, 0xE2, 0x80, 0x42], "A\u{FFFD}B"),
            ([0x41, 0xC0, 0xAF, 0x42], "A\u{FFFD}\u{FFFD}B"),
            ([0x41, 0xED, 0xA0, 0x80, 0x42], "A\u{FFFD}\u{FFFD}\u{FFFD}B"),
        ] as [([UInt8], String)])
    func invalidSequences(input: [UInt8], expected: String) {
        let prepared = TextPreparer.prepare(input, format: .plainText)
        #expect(
            prepared.text == expected,
            "input \(input): expected \(expected.debugDescription), got \(prepared.text.debugDescription)")
        #expect(prepared.warnings.count == 1 && prepared.warnings[0].contains("invalid UTF-8"))
    }

    @Test("blanks collapse inside a line and blank lines mark paragraphs")
    func blanks() {
        let prepared = TextPreparer.prepare(
            Array("  Talks  open\u{A0}today.  \n\n\n\nThey end   Friday.\nMore soon.".utf8))
        #expect(
            prepared.text == "Talks open today.\n\nThey end Friday.\nMore soon.",
            "got \(prepared.text.debugDescription)")
    }

    @Test("a double blank, a tab or a no-break space is collapsed wherever it stands", arguments: 0..<17)
    func blankAtAnyOffset(padding: Int) {
        let word = "Talks" + String(repeating: "x", count: padding)
        let input = "\(word)  open \(word)\tnow \(word)\u{A0}here \(word) \nend"
        #expect(TextPreparer.prepare(Array(input.utf8)).text == "\(word) open \(word) now \(word) here \(word)\nend")
    }

    @Test(
        "HTML is detected from the content",
        arguments: [
            ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", InputFormat.html),
            ("<p>Police met in Hanoi.</p>", .html),
            ("Police met in Hanoi.\nThey agreed to cooperate.", .plainText),
            ("Prices rose 3 < 5 percent.", .plainText),
            ("Police met in Hanoi on Monday, officials said.<br>They agreed.", .html),
            ("Police met in Hanoi.\nA late marker at an odd offset: ab<div>x", .html),
        ])
    func detection(input: String, expected: InputFormat) {
        #expect(TextPreparer.prepare(Array(input.utf8)).format == expected, "input \(input.debugDescription)")
    }
}
