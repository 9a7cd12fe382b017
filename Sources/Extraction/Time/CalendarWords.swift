/// The English words the temporal tagger knows, as plain data.
///
/// Every table is lower-case; the lexicon folds case before looking a word up. The engine
/// that reads these tables is `TimeLexicon`.
enum CalendarWords {
    /// Month names and their usual news abbreviations, with the month number.
    ///
    /// Abbreviations are marked so the scanner can ask for a day, a year or a full stop
    /// before it trusts them (`Jan` alone is more often a name than a month).
    static let months: [(word: String, month: Int, isAbbreviation: Bool)] = [
        ("january", 1, false), ("jan", 1, true),
        ("february", 2, false), ("feb", 2, true),
        ("march", 3, false), ("mar", 3, true),
        ("april", 4, false), ("apr", 4, true),
        ("may", 5, false),
        ("june", 6, false), ("jun", 6, true),
        ("july", 7, false), ("jul", 7, true),
        ("august", 8, false), ("aug", 8, true),
        ("september", 9, false), ("sep", 9, true), ("sept", 9, true),
        ("october", 10, false), ("oct", 10, true),
        ("november", 11, false), ("nov", 11, true),
        ("december", 12, false), ("dec", 12, true),
    ]

    /// Weekday names with their ISO 8601 number (1 = Monday).
    static let weekdays: [(word: String, weekday: Int)] = [
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4),
        ("friday", 5), ("saturday", 6), ("sunday", 7),
    ]

    /// Cardinal number words that count days, weeks, months or years.
    static let numbers: [(word: String, value: Int)] = [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11),
        ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("twenty", 20),
        ("thirty", 30), ("several", 0), ("few", 0),
    ]

    /// Words that introduce a bare year or a lone month name ("in 2015", "since March").
    static let introducers: [String] = [
        "in", "on", "since", "until", "till", "by", "before", "after", "during", "from", "to",
        "of", "through", "throughout", "between", "and", "or", "early", "mid", "late", "end",
        "beginning", "start", "middle", "last", "next", "this", "the", "for", "around", "as",
        "within", "into", "at", "past", "year", "fiscal",
    ]

    /// Lower-case words after which a number is an identifier or an amount, not a year
    /// ("No. 2015", "more than 2000").
    static let numberLabels: [String] = [
        "no", "number", "article", "section", "chapter", "paragraph", "clause", "page", "room",
        "flight", "route", "version", "model", "code", "resolution", "item", "rule", "point",
        "phase", "vol", "volume", "issue", "decree", "law", "act", "order", "case", "file",
        "platform", "gate", "building", "lot", "unit", "box", "tel", "fax", "ext", "highway", "than", "about",
        "some", "nearly", "almost", "approx", "roughly", "least", "total", "only", "top",
    ]

    /// Lower-case words after a four-digit number that show it is a count ("2015 people").
    static let countNouns: [String] = [
        "people", "persons", "officers", "police", "policemen", "troops", "soldiers", "cases",
        "suspects", "members", "delegates", "participants", "percent", "per", "km", "kilometres",
        "kilometers", "miles", "metres", "meters", "tons", "tonnes", "kg", "kilograms", "yuan",
        "dollars", "usd", "euros", "baht", "ringgit", "dong", "kip", "riel", "pesos", "rupiah",
        "kyat", "rupees", "hectares", "vessels", "boats", "ships", "vehicles", "guns", "rounds",
        "pills", "tablets", "victims", "workers", "students", "households", "families", "houses",
    ]

    /// Verbs and auxiliaries that place a clause in the future.
    static let futureCues: [String] = [
        "will", "shall", "ll", "wont", "be", "scheduled", "slated", "due", "expected", "plans",
        "plan", "planned", "planning", "upcoming", "forthcoming", "coming", "next", "would",
        "going", "intends", "aims", "proposed", "tomorrow", "soon",
    ]

    /// Verbs and auxiliaries that place a clause in the past.
    static let pastCues: [String] = [
        "was", "were", "had", "did", "said", "told", "held", "met", "took", "gave", "made",
        "came", "went", "began", "led", "saw", "spoke", "sent", "won", "left", "brought",
        "thought", "found", "wrote", "ran", "rose", "fell", "paid", "sought", "struck", "stood",
        "kept", "became", "chose", "drew", "grew", "flew", "lost", "sat", "sold", "spent",
        "taught", "been", "ago", "last", "yesterday", "earlier", "has", "have", "got",
        "broke", "heard", "felt", "meant", "caught", "fought", "hosted", "opened", "closed",
        "ended", "concluded", "wrapped", "kicked",
    ]

    /// Words that keep a clause in the present ("the talks are on Friday", "the truce expires on
    /// Friday", "voters go to the polls on April 15"): a date there is the nearest one either
    /// way. A plain verb after an auxiliary or "to" takes their tense ("will meet").
    static let presentCues: [String] = [
        "is", "are", "am", "being", "says", "runs", "continues", "today", "now", "opens", "begins", "starts",
        "ends", "closes", "lasts", "meets", "gathers", "convenes", "resumes", "reopens", "expires", "goes",
        "takes", "holds", "hosts", "visits", "arrives", "leaves", "returns", "falls", "concludes", "resume",
        "reopen", "expire", "go", "take", "begin", "meet", "convene", "gather", "arrive",
    ]

    /// Verbs that, after an infinitive "to", put a gathering ahead at any distance ("agreed to
    /// hold their annual meeting in Penang in October").
    static let gatheringVerbs: [String] = [
        "hold", "host", "convene", "meet", "organise", "organize", "attend", "stage",
    ]

    /// Words after an infinitive "to" that show it is a preposition ("went to the capital").
    static let determiners: [String] = [
        "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "some", "all", "each",
        "every", "this", "that", "these", "those", "them", "him", "us", "me", "it", "date",
    ]

    /// Lower-case adjectives ending in "-ed" that say nothing about tense.
    static let edAdjectives: [String] = [
        "need", "speed", "seed", "feed", "breed", "greed", "shed", "bed", "red", "bred", "united",
        "organized", "organised", "related", "based", "armed", "concerned", "detailed",
        "advanced", "limited", "interested", "involved", "skilled", "supposed", "alleged",
        "wanted", "suspected", "joined", "combined", "coordinated", "integrated",
        "dedicated", "designated", "specialized", "specialised", "licensed", "accused",
        "hundred", "indeed", "proceed", "exceed", "succeed", "embed",
    ]
}
