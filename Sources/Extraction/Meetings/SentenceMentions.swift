/// Mention numbers grouped by sentence in one flat list, instead of a list per sentence.
///
///     let owners = SentenceMentions(sentences: 3, mentions: mentions) { _ in true }
///     owners[1]   // the numbers of the mentions in sentence 1, in text order
struct SentenceMentions: Sendable {
    /// The mentions of sentence `s` are `numbers[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    private let numbers: [Int]

    /// Groups the mentions that `keep` accepts by their sentence; a mention past the last of
    /// `sentences` is left out.
    init(sentences: Int, mentions: [Mention], where keep: (Int) -> Bool) {
        var starts = [Int](repeating: 0, count: sentences + 1)
        var kept = [Bool](repeating: false, count: mentions.count)
        for number in mentions.indices where mentions[number].sentence < sentences && keep(number) {
            kept[number] = true
            starts[mentions[number].sentence + 1] += 1
        }
        for sentence in 0..<sentences { starts[sentence + 1] += starts[sentence] }
        var next = starts
        var numbers = [Int](repeating: 0, count: starts[sentences])
        for number in mentions.indices where kept[number] {
            let sentence = mentions[number].sentence
            numbers[next[sentence]] = number
            next[sentence] += 1
        }
        self.starts = starts
        self.numbers = numbers
    }

    /// The mentions of sentence `sentence`, in text order.
    subscript(sentence: Int) -> ArraySlice<Int> {
        numbers[starts[sentence]..<starts[sentence + 1]]
    }
}
