import Testing

@testable import Extraction

@Suite("Line features")
struct LineFeaturesTests {
    @Test(
        "the body test that stops counting words agrees with the full count",
        arguments: [
            "Police chiefs of ten countries met in Hanoi on Monday to talk about drugs.",
            "Police chiefs met in Hanoi on Monday",
            "Share this story",
            "\"They agreed to meet again next year,\" he said.\u{201D}",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four more",
            "",
        ])
    func bodyLike(line: String) {
        Array(line.utf8).withUnsafeBufferPointer { bytes in
            #expect(LineFeatures.isBodyLike(bytes) == LineFeatures(bytes).isBodyLike, "line \(line.debugDescription)")
        }
    }

    @Test("a paragraph of prose is body-like, a headline is not")
    func bodyLikeExamples() {
        #expect(
            Array("Police chiefs of ten countries met in Hanoi on Monday.".utf8).withUnsafeBufferPointer(
                LineFeatures.isBodyLike))
        #expect(
            !Array("Police chiefs of ten countries meet in Hanoi".utf8).withUnsafeBufferPointer(LineFeatures.isBodyLike)
        )
    }

    @Test(
        "words counted eight bytes at a time are the runs of bytes other than a space",
        arguments: [
            "Home | World | Business", "reporter@example.com", "", " ", "        ", "a", "  two  spaces  ",
            "one two three four five six seven eight", "twelve-bytes x", "1234567 89", "12345678 9",
            "Caf\u{E9} talks \u{5206}\u{4EAB} ok", " leading space and trailing ",
            String(repeating: "ab ", count: 1_000), String(repeating: "word  ", count: 700) + "end",
        ])
    func wordCount(line: String) {
        let got = Array(line.utf8).withUnsafeBufferPointer(LineFeatures.wordCount)
        let expected = line.split(separator: " ").count
        #expect(got == expected, "\(line.debugDescription): expected \(expected) words, got \(got)")
    }

    @Test(
        "a line holding a menu separator or a non-ASCII byte says so, wherever it stands",
        arguments: [
            "Home | World", "Home > News > Region", "News \u{2022} Politics", "a \u{00B7} b", "x \u{00BB} y",
            "x \u{203A} y", "Caf\u{E9} talks and more words", "Police chiefs met in Hanoi on Monday.", "",
            "twelve bytes|", "no separator here at all, none", "a < b", "about ~5", "x|y~z<w>v and more",
            "\u{00FC}\u{00FC}\u{00FC}\u{00FC} <", "words only, eight more",
        ])
    func separators(line: String) {
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let features = LineFeatures(buffer)
            let hasSeparator = bytes.indices.contains { DebrisRules.menuSeparators.first(in: bytes, at: $0) != nil }
            #expect(!hasSeparator || features.mayHoldMenuSeparator, "separator in \(line.debugDescription)")
            #expect(features.hasNonASCII == bytes.contains { $0 >= 0x80 }, "non-ASCII in \(line.debugDescription)")
            let bar = bytes.contains { Array("|><~".utf8).contains($0) }
            #expect(features.mayHoldMenuSeparator == (bar || features.hasNonASCII), "\(line.debugDescription)")
        }
    }

    @Test("what the normaliser counts in each line gives the features a scan of the line gives")
    func normalizedTally() {
        let input =
            "  Home | World |Business  \n\n\tCaf\u{E9}\u{A0}talks  and\u{2009}\u{3000}more a | b ~c\r\n"
            + "x >y <z \u{201C}quoted\u{201D} \u{00BB} next\n\u{FEFF}\n" + String(repeating: "abc defgh ", count: 40)
            + "\n1234567 89 12345678 9\u{200B}end \u{5206}\u{4EAB} |\n" + "plain words only here, eight more words"
        let (text, lines) = LineNormalizer.normalize(MappedText(unchanged: Array(input.utf8)))
        #expect(lines.count == 6)
        text.bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                let bytes = UnsafeBufferPointer(rebasing: buffer[line.range])
                let (scanned, counted) = (LineFeatures(bytes), LineFeatures(normalized: bytes, tally: line.tally))
                let shown = String(decoding: bytes, as: UTF8.self).debugDescription
                #expect(counted.wordCount == scanned.wordCount, "words of \(shown)")
                #expect(counted.hasNonASCII == scanned.hasNonASCII, "non-ASCII of \(shown)")
                #expect(counted.mayHoldMenuSeparator == scanned.mayHoldMenuSeparator, "separators of \(shown)")
            }
        }
    }
}
