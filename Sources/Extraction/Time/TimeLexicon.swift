/// Structural words the date grammar names directly.
enum TimeKeyword: String, CaseIterable, Sendable {
    case today, tonight, tomorrow, yesterday, now, currently
    case this, next, last, coming, previous, following, same, that
    case day, week, weekend, month, year, fortnight
    case ago, later, earlier, before, after
    case from, to, through, until, till, and, between, the, of, on, since
    case early, mid, late, end, beginning, start, middle
    case long, weeklong, morning, afternoon, evening, night
    case `for`, lasting, over, set
    case s, st, nd, rd, th

    /// Plural and variant spellings that behave like a keyword.
    static let variants: [(word: String, keyword: TimeKeyword)] = [
        ("days", .day), ("weeks", .week), ("months", .month), ("years", .year),
        ("weekends", .weekend), ("fortnights", .fortnight), ("thru", .through), ("til", .till),
        ("upcoming", .coming),
    ]
}

/// What the tagger knows about one word: any of its roles at once ("may" is a month and a modal).
struct TimeWord: Sendable {
    var month = 0
    var monthIsAbbreviation = false
    var weekday = 0
    /// The count a number word gives; `nil` when the word is not one.
    var number: Int?
    var keyword: TimeKeyword?
    var introducesDate = false
    var labelsNumber = false
    var countsThings = false
    var tenseCue: Tense?
    var isPlainAdjective = false
    var isDeterminer = false
}

/// Looks up ASCII words, case-folded, in the tables of `CalendarWords`.
///
/// A word of up to 12 letters packs into one `UInt64` (5 bits a letter), so a lookup
/// allocates nothing. Longer words are never in the tables.
struct TimeLexicon: Sendable {
    /// Every entry; index 0 is a placeholder so that 0 can mean "not a known word".
    private(set) var words: [TimeWord] = [TimeWord()]
    private var indexes: [UInt64: UInt16] = [:]

    static let shared = TimeLexicon()

    private init() {
        for (word, month, isAbbreviation) in CalendarWords.months {
            update(word) {
                $0.month = month
                $0.monthIsAbbreviation = isAbbreviation
            }
        }
        for (word, weekday) in CalendarWords.weekdays { update(word) { $0.weekday = weekday } }
        for (word, value) in CalendarWords.numbers { update(word) { $0.number = value } }
        for keyword in TimeKeyword.allCases { update(keyword.rawValue) { $0.keyword = keyword } }
        for (word, keyword) in TimeKeyword.variants { update(word) { $0.keyword = keyword } }
        for word in CalendarWords.introducers { update(word) { $0.introducesDate = true } }
        for word in CalendarWords.numberLabels { update(word) { $0.labelsNumber = true } }
        for word in CalendarWords.countNouns { update(word) { $0.countsThings = true } }
        for word in CalendarWords.pastCues { update(word) { $0.tenseCue = .past } }
        for word in CalendarWords.presentCues { update(word) { $0.tenseCue = .present } }
        for word in CalendarWords.futureCues { update(word) { $0.tenseCue = .future } }
        for word in CalendarWords.edAdjectives { update(word) { $0.isPlainAdjective = true } }
        for word in CalendarWords.determiners { update(word) { $0.isDeterminer = true } }
    }

    private mutating func update(_ word: String, _ change: (inout TimeWord) -> Void) {
        guard let key = Self.key(Array(word.utf8)[...]) else { preconditionFailure("bad lexicon word \(word)") }
        if let index = indexes[key] {
            change(&words[Int(index)])
        } else {
            var entry = TimeWord()
            change(&entry)
            indexes[key] = UInt16(words.count)
            words.append(entry)
        }
    }

    /// The index in `words` of the ASCII letters `bytes[start..<end]`, or 0 when the word is unknown.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt16 {
        guard end - start <= 12 else { return 0 }
        var key: UInt64 = 0
        for index in start..<end { key = key << 5 | UInt64((bytes[index] | 0x20) &- 0x60) }
        return indexes[key] ?? 0
    }

    private static func key(_ letters: ArraySlice<UInt8>) -> UInt64? {
        guard letters.count <= 12 else { return nil }
        var key: UInt64 = 0
        for byte in letters {
            guard (0x61...0x7A).contains(byte) else { return nil }
            key = key << 5 | UInt64(byte - 0x60)
        }
        return key
    }
}
