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
/// Every word token of a text carries its entry, so all but the keyword are packed into one
/// `UInt32`, `facts`: bit 0 marks a known word (so a known word's facts are never 0), bits 1-4
/// hold the month, 5-7 the weekday, 8 whether it is a number word and 9-13 its count, 14-15
/// the tense cue, and bits 16-24 its `roles`.
struct TimeWord: Sendable {
    var keyword: TimeKeyword?
    private(set) var facts: UInt32 = 1

    /// A known word with no role yet.
    init() {}

    /// What the lexicon gives a word it does not know: no keyword, and facts of 0.
    static var unknown: TimeWord { TimeWord(keyword: nil, facts: 0) }

    /// Whether the word is in the lexicon.
    var isKnown: Bool { facts != 0 }

    /// The word whose packed facts are `facts` (as a token stores them).
    init(keyword: TimeKeyword?, facts: UInt32) {
        self.keyword = keyword
        self.facts = facts
    }

    /// The month number (1-12), or 0.
    var month: Int {
        get { field(at: 1, width: 4) }
        set { setField(newValue, at: 1, width: 4) }
    }
    /// The ISO 8601 weekday number (1 = Monday), or 0.
    var weekday: Int {
        get { field(at: 5, width: 3) }
        set { setField(newValue, at: 5, width: 3) }
    }
    /// The count a number word gives (at most 31); `nil` when the word is not one.
    var number: Int? {
        get { flag(8) ? field(at: 9, width: 5) : nil }
        set {
            setFlag(8, newValue != nil)
            setField(newValue ?? 0, at: 9, width: 5)
        }
    }
    var tenseCue: Tense? {
        get {
            switch field(at: 14, width: 2) {
            case 1: .past
            case 2: .present
            case 3: .future
            default: nil
            }
        }
        set {
            let code =
                switch newValue {
                case nil: 0
                case .past?: 1
                case .present?: 2
                case .future?: 3
                }
            setField(code, at: 14, width: 2)
        }
    }
    /// The roles a word may play besides its month, weekday, count and tense cue: one bit each,
    /// bits 16-24 of `facts`.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt32
        /// A month written short ("Oct", "Sept"), which may take a dot.
        static let abbreviatedMonth = Roles(rawValue: 1 << 16)
        /// A word after which a bare number is a date ("on 12").
        static let introducesDate = Roles(rawValue: 1 << 17)
        /// A word before which a number is a label, not a day ("No. 12", "Article 5").
        static let labelsNumber = Roles(rawValue: 1 << 18)
        /// A noun after which a number counts things, not days ("12 people").
        static let countsThings = Roles(rawValue: 1 << 19)
        /// An "-ed" word that is an adjective, not a past verb.
        static let plainAdjective = Roles(rawValue: 1 << 20)
        static let determiner = Roles(rawValue: 1 << 21)
        /// A verb that arranges a gathering to come ("to hold", "will host").
        static let arrangesGathering = Roles(rawValue: 1 << 22)
        /// A date or a length can start at this word in some context: the scanners try no other
        /// word (see `TimeTokens.starts`).
        static let mayStart = Roles(rawValue: 1 << 23)
        /// A length in days ends at this word: a unit ("day", "weeks", "fortnight") or
        /// "weeklong" (see `TimeTokens.lengthStarts`).
        static let endsLength = Roles(rawValue: 1 << 24)
        static let all = Roles(rawValue: 0x1FF << 16)
    }

    var roles: Roles {
        get { Roles(rawValue: facts & Roles.all.rawValue) }
        set { facts = facts & ~Roles.all.rawValue | newValue.rawValue }
    }

    var monthIsAbbreviation: Bool { roles.contains(.abbreviatedMonth) }
    var introducesDate: Bool { roles.contains(.introducesDate) }
    var labelsNumber: Bool { roles.contains(.labelsNumber) }
    var countsThings: Bool { roles.contains(.countsThings) }
    var isPlainAdjective: Bool { roles.contains(.plainAdjective) }
    var isDeterminer: Bool { roles.contains(.determiner) }
    var arrangesGathering: Bool { roles.contains(.arrangesGathering) }
    var mayStart: Bool { roles.contains(.mayStart) }

    @inline(__always) private func field(at shift: UInt32, width: UInt32) -> Int {
        Int(facts >> shift & (1 << width - 1))
    }

    private mutating func setField(_ value: Int, at shift: UInt32, width: UInt32) {
        precondition(value >= 0 && value < 1 << width, "lexicon value \(value) does not fit")
        facts = facts & ~((1 << width - 1) << shift) | UInt32(value) << shift
    }

    @inline(__always) private func flag(_ bit: UInt32) -> Bool { facts >> bit & 1 != 0 }

    private mutating func setFlag(_ bit: UInt32, _ value: Bool) {
        facts = value ? facts | 1 << bit : facts & ~(1 << bit)
    }
}

/// Looks up ASCII words, case-folded, in the tables of `CalendarWords`.
///
/// A word of up to `WordKey.capacity` letters is known by its `WordKey`, which a reader gets
/// from `LetterRun` as it scans; the entries sit in an open-addressing hash table of those
/// keys, so a lookup allocates nothing and hashes no `String`. Longer words are never in the
/// tables.
struct TimeLexicon: Sendable {
    /// One slot of the table: the empty key marks an empty slot, whose word is `unknown`.
    fileprivate struct Slot {
        var key = WordKey()
        var word = TimeWord.unknown
    }

    /// `1 << (64 - shift)` slots, some five times the number of words, so that a word not in
    /// the table (most words of a text) nearly always meets an empty slot first.
    private var slots: [Slot]
    private static let shift: UInt64 = 64 - 11

    static let shared = TimeLexicon(startsExpression: DateScanner.mayStart, endsLength: DurationScanner.endsLength)

    /// The table of `CalendarWords`, each word marked `mayStart` when `startsExpression` says so
    /// and `endsLength` when `endsLength` does.
    private init(startsExpression: (TimeWord) -> Bool, endsLength: (TimeWord) -> Bool) {
        slots = Array(repeating: Slot(), count: 1 << (64 - Self.shift))
        for (word, month, isAbbreviation) in CalendarWords.months {
            update(word) {
                $0.month = month
                if isAbbreviation { $0.roles.insert(.abbreviatedMonth) } else { $0.roles.remove(.abbreviatedMonth) }
            }
        }
        for (word, weekday) in CalendarWords.weekdays { update(word) { $0.weekday = weekday } }
        for (word, value) in CalendarWords.numbers { update(word) { $0.number = value } }
        for keyword in TimeKeyword.allCases { update(keyword.rawValue) { $0.keyword = keyword } }
        for (word, keyword) in TimeKeyword.variants { update(word) { $0.keyword = keyword } }
        for word in CalendarWords.introducers { update(word) { $0.roles.insert(.introducesDate) } }
        for word in CalendarWords.numberLabels { update(word) { $0.roles.insert(.labelsNumber) } }
        for word in CalendarWords.countNouns { update(word) { $0.roles.insert(.countsThings) } }
        for word in CalendarWords.pastCues { update(word) { $0.tenseCue = .past } }
        for word in CalendarWords.presentCues { update(word) { $0.tenseCue = .present } }
        for word in CalendarWords.futureCues { update(word) { $0.tenseCue = .future } }
        for word in CalendarWords.edAdjectives { update(word) { $0.roles.insert(.plainAdjective) } }
        for word in CalendarWords.determiners { update(word) { $0.roles.insert(.determiner) } }
        for word in CalendarWords.gatheringVerbs { update(word) { $0.roles.insert(.arrangesGathering) } }
        for index in slots.indices where slots[index].key != WordKey() {
            if startsExpression(slots[index].word) { slots[index].word.roles.insert(.mayStart) }
            if endsLength(slots[index].word) { slots[index].word.roles.insert(.endsLength) }
        }
        precondition(slots.count { $0.key != WordKey() } * 4 <= slots.count, "lexicon table more than a quarter full")
    }

    private mutating func update(_ word: String, _ change: (inout TimeWord) -> Void) {
        let letters = Array(word.utf8)
        guard letters.count <= WordKey.capacity, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else {
            preconditionFailure("bad lexicon word \(word)")
        }
        let key = WordKey(letters)
        let slot = slot(of: key)
        if slots[slot].key != key { slots[slot] = Slot(key: key, word: TimeWord()) }
        change(&slots[slot].word)
    }

    /// Calls `body` with a reader of the table, for a caller that looks up every word of a text.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        slots.withUnsafeBufferPointer { body(Reader(slots: $0)) }
    }

    /// Looks words up in the table's slots as they stand in memory, whose count is fixed.
    struct Reader {
        fileprivate let slots: UnsafeBufferPointer<Slot>

        /// What the table knows about the word whose key is `key`: `TimeWord.unknown` for a
        /// word not in it (the word of the empty slot the search ends on), and for the empty key.
        @inline(__always) func word(key: WordKey) -> TimeWord {
            slots[Self.slot(of: key, in: slots)].word
        }

        /// The slot that holds `key`, or the empty slot where it would go: linear probing.
        @inline(__always) fileprivate static func slot(of key: WordKey, in slots: UnsafeBufferPointer<Slot>) -> Int {
            let mask = 1 << (64 - TimeLexicon.shift) - 1
            var slot = key.slot(shift: TimeLexicon.shift)
            while slots[slot].key != key, slots[slot].key != WordKey() { slot = (slot &+ 1) & mask }
            return slot
        }
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func slot(of key: WordKey) -> Int {
        slots.withUnsafeBufferPointer { Reader.slot(of: key, in: $0) }
    }
}
