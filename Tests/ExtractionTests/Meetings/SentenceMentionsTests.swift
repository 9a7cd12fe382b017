import Testing

@testable import Extraction

@Suite("Mentions grouped by sentence")
struct SentenceMentionsTests {
    private func mention(inSentence sentence: Int) -> Mention {
        Mention(
            head: 0, kind: .meeting, phrase: 0..<1, sentence: sentence, reference: .new, ordinal: nil)
    }

    @Test("each sentence lists its mentions in text order, and a sentence without any lists none")
    func grouping() {
        let mentions = [0, 2, 2, 3, 2].map { mention(inSentence: $0) }
        let grouped = SentenceMentions(sentences: 4, mentions: mentions)
        #expect(Array(grouped[0]) == [0])
        #expect(grouped[1].isEmpty)
        #expect(Array(grouped[2]) == [1, 2, 4])
        #expect(Array(grouped[3]) == [3])
    }

    @Test("mentions past the last sentence are left out")
    func pastTheEnd() {
        let mentions = [1, 5, 0].map { mention(inSentence: $0) }
        let grouped = SentenceMentions(sentences: 2, mentions: mentions)
        #expect(Array(grouped[0]) == [2])
        #expect(Array(grouped[1]) == [0])
    }
}
