import Testing

@testable import Extraction

@Suite("First-word filter")
struct FirstWordFilterTests {
    let filter: FirstWordFilter = {
        var phrases = PackedPhrases()
        for phrase in ["Nice", "drug trafficking", "US", "Ho Chi Minh City", "+3"] { phrases.append(phrase.utf8) }
        let (entries, ends) = FirstWordFilter.entries(
            of: phrases, cases: [.proper, .insensitive, .exact, .proper, .proper])
        #expect(ends == [4, 4, 2, 2, 0])
        return FirstWordFilter(entries, nodes: [10, 20, 30, 40, -1])
    }()

    /// The node, phrase and length the filter gives for the word `text` begins with.
    private func hit(_ text: String) -> [Int]? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            let word = WordHash.word(from: 0, before: bytes.count, in: bytes)
            return filter.hit(word, length: word.end).map { [$0.node, $0.phrase, $0.length] }
        }
    }

    @Test("a word leads to the node of the phrases it begins, in the cases they accept")
    func hits() {
        #expect(hit("Nice") == [10, 0, 4])
        #expect(hit("NICE.") == [10, 0, 4])
        #expect(hit("nice") == nil)
        #expect(hit("DrUg") == [20, 1, 4])
        #expect(hit("US") == [30, 2, 2])
        #expect(hit("us") == nil)
        #expect(hit("Ho Chi") == [40, 3, 2])
        #expect(hit("Hotel") == nil)
        #expect(hit("+3") == nil)
    }
}
