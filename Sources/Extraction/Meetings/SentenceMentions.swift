/// Mention numbers grouped by sentence in one flat list, instead of a list per sentence.
///
///     let bySentence = SentenceMentions(sentences: 3, mentions: mentions)
///     bySentence[1]   // the numbers of the mentions in sentence 1, in text order
struct SentenceMentions: Sendable {
    /// The mentions of sentence `s` are `numbers[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    private let numbers: [Int]

    /// Groups the mentions by their sentence; a mention past the last of `sentences` is left out.
    init(sentences: Int, mentions: [Mention]) {
        // Counted into the slot after each sentence's, summed up, then each slot serves as the
        // cursor of the sentence before it while the numbers are placed.
        var starts = [Int](repeating: 0, count: sentences + 2)
        for mention in mentions.indices where mentions[mention].sentence < sentences {
            starts[mentions[mention].sentence + 2] += 1
        }
        for sentence in 0..<sentences { starts[sentence + 2] += starts[sentence + 1] }
        var numbers = [Int](repeating: 0, count: starts[sentences + 1])
        for mention in mentions.indices where mentions[mention].sentence < sentences {
            let sentence = mentions[mention].sentence
            numbers[starts[sentence + 1]] = mention
            starts[sentence + 1] += 1
        }
        starts.removeLast()
        self.starts = starts
        self.numbers = numbers
    }

    /// The mentions of sentence `sentence`, in text order.
    subscript(sentence: Int) -> ArraySlice<Int> {
        numbers[starts[sentence]..<starts[sentence + 1]]
    }
}
