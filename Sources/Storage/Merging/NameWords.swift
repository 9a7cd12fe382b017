/// The words of a meeting's title that tell one gathering from another, and its ordinal.
///
///     NameWords("the 9th ASEAN-China Ministerial Meeting").words     // ["asean", "china", "ministerial"]
///     NameWords("the 9th ASEAN-China Ministerial Meeting").ordinal   // 9
///
/// Read from the title's bytes in one pass: only the words kept become Strings.
struct NameWords: Equatable {
    /// Lower-case words of three letters or more, without the function words and head nouns
    /// that every title shares, sorted without repeats (compared without building sets).
    private let sortedWords: [String]
    /// The number in "9th", "first", "Second": two titles with different ordinals are two meetings.
    let ordinal: Int?

    /// `sortedWords` as a set.
    var words: Set<String> { Set(sortedWords) }

    init(_ name: String) {
        var words: [String] = []
        var ordinal: Int?
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func finishWord() {
            defer { word.removeAll(keepingCapacity: true) }
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
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                word.append(byte)
            default:
                if !word.isEmpty { finishWord() }
            }
        }
        if !word.isEmpty { finishWord() }
        words.sort()
        var unique: [String] = []
        unique.reserveCapacity(words.count)
        for word in words where word != unique.last { unique.append(word) }
        sortedWords = unique
        self.ordinal = ordinal
    }

    /// Jaccard overlap of the two word sets, 0 when either is empty.
    func similarity(to other: NameWords) -> Double {
        SortedLists.jaccard(sortedWords, other.sortedWords)
    }

    /// 9 for "9th", 1 for "first" ... 10 for "tenth" (lower-case bytes); `nil` for any other word.
    private static func ordinal(_ word: [UInt8]) -> Int? {
        if let index = spelled.firstIndex(of: word) { return index + 1 }
        guard word.count >= 3, isOrdinalSuffix(word[word.count - 2], word[word.count - 1]),
            let number = Int(String(decoding: word.dropLast(2), as: UTF8.self)), number > 0
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
