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
        let bytes = Array(line.utf8)[...]
        #expect(LineFeatures.isBodyLike(bytes) == LineFeatures(bytes).isBodyLike, "line \(line.debugDescription)")
    }

    @Test("a paragraph of prose is body-like, a headline is not")
    func bodyLikeExamples() {
        #expect(LineFeatures.isBodyLike(Array("Police chiefs of ten countries met in Hanoi on Monday.".utf8)[...]))
        #expect(!LineFeatures.isBodyLike(Array("Police chiefs of ten countries meet in Hanoi".utf8)[...]))
    }
}
