import Testing

@testable import Extraction

@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    private func split(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSegmenter.sentences(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(
        "sentences end where a reader would end them",
        arguments: [
            (
                "Talks open on Oct. 23 in Beijing. They end Friday.",
                ["Talks open on Oct. 23 in Beijing.", "They end Friday."]
            ),
            ("The U.S. and China met. Both sides spoke.", ["The U.S. and China met.", "Both sides spoke."]),
            ("He visited the U.S. The trip was short.", ["He visited the U.S.", "The trip was short."]),
            (
                "Dr. Lee and Gen. Tan spoke. Lt. Col. Ma listened.",
                ["Dr. Lee and Gen. Tan spoke.", "Lt. Col. Ma listened."]
            ),
            ("It is Resolution No. 2 of St. Mary's board.", ["It is Resolution No. 2 of St. Mary's board."]),
            (
                "The talks began at 9 a.m. Friday and ended at 5 p.m. The ministers left.",
                [
                    "The talks began at 9 a.m. Friday and ended at 5 p.m.", "The ministers left.",
                ]
            ),
            (
                "J. Smith and R. K. Lee attended. Growth was 3.5 percent.",
                [
                    "J. Smith and R. K. Lee attended.", "Growth was 3.5 percent.",
                ]
            ),
            (
                "\"We will act,\" he said. \"Crime has no borders.\" Talks continue.",
                [
                    "\"We will act,\" he said.", "\"Crime has no borders.\"", "Talks continue.",
                ]
            ),
            (
                "He asked: \u{201C}Why wait?\u{201D} Nobody replied!",
                ["He asked: \u{201C}Why wait?\u{201D}", "Nobody replied!"]
            ),
            (
                "They waited... and waited. Then it ended\u{2026} Rain fell.",
                [
                    "They waited... and waited.", "Then it ended\u{2026}", "Rain fell.",
                ]
            ),
            (
                "A headline without a stop\nThe body starts here. It goes on",
                [
                    "A headline without a stop", "The body starts here.", "It goes on",
                ]
            ),
            ("Visit english.example.cn today. Or not.", ["Visit english.example.cn today.", "Or not."]),
            ("  \n\n  ", []),
        ] as [(String, [String])]
    )
    func segments(text: String, expected: [String]) {
        let got = split(text)
        #expect(got == expected, "input \(text.debugDescription)\nexpected \(expected)\ngot \(got)")
    }

    @Test("ranges are UTF-8 byte offsets")
    func byteOffsets() {
        #expect(SentenceSegmenter.sentences(in: "Hà Nội hosts talks. Ends.") == [0..<22, 23..<28])
    }

    @Test("a terminator or line end is found at every position of an eight-byte stretch", arguments: 0..<17)
    func terminatorAtAnyOffset(padding: Int) {
        let words = String(repeating: "x", count: padding + 1)
        #expect(split("Police met \(words). Talks end Friday!") == ["Police met \(words).", "Talks end Friday!"])
        #expect(split("Police met \(words)\nTalks end Friday?") == ["Police met \(words)", "Talks end Friday?"])
        #expect(split("Police met \(words)\u{2026} Talks end.") == ["Police met \(words)\u{2026}", "Talks end."])
    }

    @Test("letters that are not ASCII beside a terminator or line end hide none", arguments: 0..<9)
    func nonASCIINeighbours(padding: Int) {
        let words = String(repeating: "\u{E9}", count: padding + 1)
        #expect(
            split("D\u{E9}l\u{E9}gu\u{E9}s \(words). \u{C7}a va!") == [
                "D\u{E9}l\u{E9}gu\u{E9}s \(words).", "\u{C7}a va!",
            ])
        #expect(
            split("H\u{E0} N\u{1ED9}i \(words)\n\u{D5}saka next?") == [
                "H\u{E0} N\u{1ED9}i \(words)", "\u{D5}saka next?",
            ])
        #expect(split("Caf\u{E9} \(words)\u{2026} \u{C9}t\u{E9}.") == ["Caf\u{E9} \(words)\u{2026}", "\u{C9}t\u{E9}."])
    }
}
