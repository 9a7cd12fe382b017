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
    case decade, fiscal, quarter, half, first, second, third, fourth
    case spring, summer, autumn, fall, winter
    case christmas, eve, new, halloween
    case current, past, century, period, not, midnight, noon

    /// Plural and variant spellings that behave like a keyword.
    static let variants: [(word: String, keyword: TimeKeyword)] = [
        ("days", .day), ("weeks", .week), ("months", .month), ("years", .year),
        ("weekends", .weekend), ("fortnights", .fortnight), ("decades", .decade), ("centuries", .century),
        ("thru", .through), ("til", .till),
        ("upcoming", .coming),
    ]
}

/// What the tagger knows about one word: any of its roles at once ("may" is a month and a modal).
///
/// Stored in a few bytes, since every word token of a text carries a copy.
struct TimeWord: Sendable {
    private var storedMonth: UInt8 = 0
    private var storedWeekday: UInt8 = 0
    private var storedNumber: UInt8?
    var monthIsAbbreviation = false
    var keyword: TimeKeyword?
    var introducesDate = false
    var labelsNumber = false
    var countsThings = false
    var tenseCue: Tense?
    var isPlainAdjective = false
    var isDeterminer = false
    var arrangesGathering = false

    /// The month number (1-12), or 0.
    var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = UInt8(newValue) }
    }
    /// The ISO 8601 weekday number (1 = Monday), or 0.
    var weekday: Int {
        get { Int(storedWeekday) }
        set { storedWeekday = UInt8(newValue) }
    }
    /// The count a number word gives; `nil` when the word is not one.
    var number: Int? {
        get { storedNumber.map(Int.init) }
        set { storedNumber = newValue.map(UInt8.init) }
    }
}

/// Looks up ASCII words, case-folded, in the tables of `CalendarWords`.
///
/// A word of up to `longestWord` letters packs into one `UInt64` key (5 bits a letter, never
/// 0), which a reader builds letter by letter with `key(adding:to:)` as it scans; the
/// entries sit in an open-addressing hash table of those keys, so a lookup allocates
/// nothing and hashes no `String`. Longer words are never in the tables.
struct TimeLexicon: Sendable {
    /// The most letters a key holds.
    static let longestWord = 12

    /// Slot `i` holds the word whose key is `keys[i]`; a key of 0 marks an empty slot.
    private var keys: [UInt64]
    private var entries: [TimeWord]
    /// `keys.count` is a power of two, `1 << (64 - shift)`.
    private let shift: UInt64

    static let shared = TimeLexicon()

    private init() {
        shift = 64 - 10
        keys = Array(repeating: 0, count: 1 << (64 - shift))
        entries = Array(repeating: TimeWord(), count: keys.count)
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
        for word in CalendarWords.gatheringVerbs { update(word) { $0.arrangesGathering = true } }
        precondition(keys.count { $0 != 0 } * 2 <= keys.count, "lexicon table more than half full")
    }

    private mutating func update(_ word: String, _ change: (inout TimeWord) -> Void) {
        let letters = Array(word.utf8)
        guard letters.count <= Self.longestWord, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else {
            preconditionFailure("bad lexicon word \(word)")
        }
        let key = letters.reduce(0) { Self.key(adding: $1, to: $0) }
        let slot = slot(of: key)
        keys[slot] = key
        change(&entries[slot])
    }

    /// `key` followed by one more ASCII letter, case-folded; start from 0.
    @inline(__always) static func key(adding letter: UInt8, to key: UInt64) -> UInt64 {
        key << 5 | UInt64((letter | 0x20) &- 0x60)
    }

    /// What the table knows about the word of `length` letters whose key is `key`, or `nil`.
    @inline(__always) func word(key: UInt64, length: Int) -> TimeWord? {
        guard length <= Self.longestWord else { return nil }
        let slot = slot(of: key)
        return keys[slot] == key ? entries[slot] : nil
    }

    /// The slot that holds `key`, or the empty slot where it would go: linear probing from a
    /// multiplicative (Fibonacci) hash.
    @inline(__always) private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }
}
