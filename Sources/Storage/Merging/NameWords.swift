/// The words of a meeting's title that tell one gathering from another, and its ordinal.
///
///     NameWords("the 9th ASEAN-China Ministerial Meeting").words     // ["asean", "china", "ministerial"]
///     NameWords("the 9th ASEAN-China Ministerial Meeting").ordinal   // 9
struct NameWords: Equatable {
    /// Lower-case words of three letters or more, without the function words and head nouns
    /// that every title shares.
    let words: Set<String>
    /// `words`, sorted: compared without building sets.
    private let sortedWords: [String]
    /// The number in "9th", "first", "Second": two titles with different ordinals are two meetings.
    let ordinal: Int?

    init(_ name: String) {
        var words: Set<String> = []
        var ordinal: Int?
        for token in Self.tokens(name) {
            if let number = Self.ordinal(token) {
                ordinal = ordinal ?? number
            } else if token.count >= 3, !Self.common.contains(token) {
                words.insert(token)
            }
        }
        self.words = words
        sortedWords = words.sorted()
        self.ordinal = ordinal
    }

    /// Jaccard overlap of the two word sets, 0 when either is empty.
    func similarity(to other: NameWords) -> Double {
        SortedLists.jaccard(sortedWords, other.sortedWords)
    }

    /// Lower-case runs of ASCII letters and digits (other bytes split words, except non-ASCII
    /// letters, which stay inside a word).
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
            default:
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// 9 for "9th", "first" for 1 ... "tenth" for 10; `nil` for any other word.
    private static func ordinal(_ token: String) -> Int? {
        if let index = spelled.firstIndex(of: token) { return index + 1 }
        for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) {
            if let number = Int(token.dropLast(2)), number > 0 { return number }
        }
        return nil
    }

    private static let spelled = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

    /// Words too common in meeting titles to tell two gatherings apart.
    private static let common: Set<String> = [
        "the", "and", "for", "with", "between", "among", "its", "their", "this",
        "meeting", "meetings", "dialogue", "talks", "consultation", "conference", "workshop", "seminar",
        "symposium", "forum", "summit", "training", "signing", "session", "annual", "joint",
    ]
}
