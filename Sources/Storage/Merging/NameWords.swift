import Extraction

/// The words of a meeting's title that tell one gathering from another, and its ordinal.
///
///     NameWords("the 9th ASEAN-China Ministerial Meeting").words     // ["asean", "china", "ministerial"]
///     NameWords("the 9th ASEAN-China Ministerial Meeting").ordinal   // 9
///
/// Read from the title's bytes, lowered once into one buffer: only the words become Strings.
struct NameWords: Equatable {
    /// Lower-case words of three letters or more, without the function words and head nouns
    /// that every title shares, sorted without repeats (compared without building sets).
    private let sortedWords: [String]
    /// The number in "9th", "first", "Second": two titles with different ordinals are two meetings.
    let ordinal: Int?

    /// `sortedWords` as a set.
    var words: Set<String> { Set(sortedWords) }

    init(_ name: String) {
        // The title lowered once into one buffer; each word is then a run of it, read in place.
        var lowered = Array(name.utf8)
        for index in lowered.indices where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(lowered[index]) {
            lowered[index] += 32
        }
        var words: [String] = []
        words.reserveCapacity(lowered.count / 4)
        var ordinal: Int?
        lowered.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                guard Self.isWordByte(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start + 1
                while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end
                if let number = Self.ordinal(word) {
                    ordinal = ordinal ?? number
                } else if word.count >= 3 {
                    // Three letters: a letter outside ASCII takes more than one byte.
                    let text = String(decoding: word, as: UTF8.self)
                    if word.allSatisfy({ $0 < 0x80 }) || text.count >= 3, !Self.common.contains(text) {
                        words.append(text)
                    }
                }
            }
        }
        sortedWords = words.sortedUnique()
        self.ordinal = ordinal
    }

    /// Whether `byte` of a lowered title belongs to a word: a letter, a digit, or a byte of a
    /// character outside ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: true
        default: false
        }
    }

    /// Jaccard overlap of the two word sets, 0 when either is empty.
    func similarity(to other: NameWords) -> Double {
        SortedLists.jaccard(sortedWords, other.sortedWords)
    }

    /// 9 for "9th", 1 for "first" ... 10 for "tenth" (lower-case bytes); `nil` for any other word.
    private static func ordinal(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        // Every ordinal, spelled or in figures, ends in "st", "nd", "rd" or "th": other words
        // are told apart by their last two bytes.
        guard word.count >= 3, isOrdinalSuffix(word[word.count - 2], word[word.count - 1]) else { return nil }
        if let index = spelled.firstIndex(where: { $0.count == word.count && $0.elementsEqual(word) }) {
            return index + 1
        }
        guard let number = Int(String(decoding: UnsafeBufferPointer(rebasing: word.dropLast(2)), as: UTF8.self)),
            number > 0
        else { return nil }
        return number
    }

    private static let spelled: [[UInt8]] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ].map { Array($0.utf8) }

    /// Whether the two bytes are "st", "nd", "rd" or "th".
    private static func isOrdinalSuffix(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
            (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            true
        default: false
        }
    }

    /// Words too common in meeting titles to tell two gatherings apart.
    private static let common: Set<String> = [
        "the", "and", "for", "with", "between", "among", "its", "their", "this",
        "meeting", "meetings", "dialogue", "talks", "consultation", "conference", "workshop", "seminar",
        "symposium", "forum", "summit", "training", "signing", "session", "annual", "joint",
    ]
}
