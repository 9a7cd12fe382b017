/// Mention numbers grouped by sentence in one flat list, instead of a list per sentence.
///
///     let bySentence = SentenceMentions(sentences: 3, mentions: mentions)
///     bySentence[1]   // the numbers of the mentions in sentence 1, in text order
struct SentenceMentions: Sendable {
    /// One buffer for both lists: its first slots hold where each sentence's mentions start
    /// (counted from `base`, where the mention numbers begin), so the mentions of sentence `s`
    /// are `storage[base + storage[s]..<base + storage[s + 1]]`.
    private let storage: [Int]
    private let base: Int

    /// Groups the mentions by their sentence; a mention past the last of `sentences` is left out.
    init(sentences: Int, mentions: [Mention]) {
        var listed = 0
        for mention in mentions where mention.sentence < sentences { listed += 1 }
        // Counted into the slot after each sentence's, summed up, then each slot serves as the
        // cursor of the sentence before it while the numbers are placed.
        let base = sentences + 2
        var storage = [Int](filledWith: 0, count: base + listed)
        for mention in mentions where mention.sentence < sentences { storage[mention.sentence + 2] += 1 }
        for sentence in 0..<sentences { storage[sentence + 2] += storage[sentence + 1] }
        for mention in mentions.indices where mentions[mention].sentence < sentences {
            let sentence = mentions[mention].sentence
            storage[base + storage[sentence + 1]] = mention
            storage[sentence + 1] += 1
        }
        self.storage = storage
        self.base = base
    }

    /// The mentions of sentence `sentence`, in text order.
    subscript(sentence: Int) -> ArraySlice<Int> {
        storage[base + storage[sentence]..<base + storage[sentence + 1]]
    }
}
