/// The nouns that name a gathering, and the words around them that change what they mean.
///
/// Every table is lower case; matching ignores ASCII case. Hyphens are separate tokens, so
/// "video-conference" and "video conference" are both listed where both are written.
enum MeetingNouns {
    /// Head nouns and the kind ANNOTATION.md gives them. The longest phrase wins, so
    /// "video conference" is a conference and "signing ceremony" a signing.
    static let kinds = PhraseTable(.kinds, kindPhrases)

    private static let kindPhrases: [String: MeetingKind] = [
        "meeting": .meeting,
        "dialogue": .dialogue, "dialog": .dialogue,
        "talks": .talks,
        "consultation": .consultation, "consultations": .consultation,
        "conference": .conference,
        "video conference": .conference, "video-conference": .conference, "videoconference": .conference,
        "video call": .conference, "teleconference": .conference,
        "workshop": .workshop,
        "seminar": .seminar,
        "symposium": .symposium,
        "forum": .forum,
        "summit": .summit,
        "training course": .training, "training courses": .training, "training programme": .training,
        "training program": .training, "training session": .training, "training workshop": .workshop,
        "signing ceremony": .signing,
        "courtesy call": .meeting,
    ]

    /// What a word that may open a mention is: `kinds`, `seriesAcronyms`, `generic` and `verbs`
    /// in one table, so each token of the text costs one lookup.
    enum Trigger: Sendable {
        case noun(MeetingKind)
        case acronym(MeetingKind)
        case generic
        case verb
    }

    static let triggers: PhraseTable<Trigger> = {
        var phrases: [String: Trigger] = [:]
        for word in verbWords { phrases[word] = .verb }
        for word in genericWords { phrases[word] = .generic }
        for (word, kind) in acronymWords { phrases[word] = .acronym(kind) }
        for (phrase, kind) in kindPhrases { phrases[phrase] = .noun(kind) }
        return PhraseTable(.triggers, phrases)
    }()

    /// Nouns that only ever point back to a gathering already named ("the two-day gathering",
    /// "that event", "the opening session", "the course"); alone they introduce nothing, and
    /// before "of" they name no gathering ("in the course of").
    private static let genericWords = ["gathering", "event", "session", "sessions", "course"]

    /// Verbs that report a gathering without naming it ("ministers will meet in Beijing on
    /// Friday"): they lend their date and place to the noun that names it next.
    private static let verbWords = [
        "met", "meet", "meets", "gather", "gathered", "convene", "convened", "signed", "sign", "signs",
        "received", "receives",
    ]

    /// Verbs of `verbWords` that report a meeting only when a visitor follows them: "received
    /// Cambodian Deputy Prime Minister Sar Kheng", "received the visiting delegation" (not
    /// "received training").
    static let receivingVerbs = PhraseSet(.receivingVerbs, ["received", "receives"])

    /// Lower-case words that may open the visitor after a receiving verb.
    static let visitorOpeners = PhraseSet(
        .visitorOpeners, ["visiting", "a delegation", "the delegation", "the visiting", "a visiting"])

    /// Verbs of `verbWords` that report a signing; they name a gathering only with the document
    /// right after them ("signed a memorandum of understanding").
    static let signingVerbs = PhraseSet(.signingVerbs, ["signed", "sign", "signs"])

    /// Documents whose signing between two governments is a gathering of its own.
    static let signedDocuments = PhraseSet(
        .signedDocuments,
        [
            "memorandum", "memoranda", "mou", "mous", "agreement", "agreements", "pact", "accord", "protocol",
            "treaty", "letter of intent",
        ])

    /// Right after a meeting verb: another occurrence ("will meet again").
    static let repeatMarkers = PhraseSet(.repeatMarkers, ["again", "once again", "regularly", "annually", "every"])

    /// Verbs that give the title of a gathering just named ("the talks are formally titled ...").
    static let titleVerbs = PhraseSet(.titleVerbs, ["titled", "entitled", "called", "named", "dubbed", "known as"])

    /// Openings of a sentence that turn to another occasion ("On the same day, the police chief
    /// received the ambassador").
    static let otherOccasionOpeners = PhraseSet(
        .otherOccasionOpeners,
        [
            "on the same day", "the same day", "separately", "meanwhile", "also on", "earlier", "later",
            "in a separate meeting",
        ])

    /// Forms of "be" before "the first ...": the ordinal describes the gathering in focus.
    static let copulas = PhraseSet(.copulas, ["was", "is", "be", "been", "marks", "marked", "marking"])

    /// Words of a call paid during a visit ("courtesy call").
    static let visitCalls = PhraseSet(.visitCalls, ["courtesy"])

    /// Units of a stated length before a noun ("a three-week course").
    static let lengthUnits = PhraseSet(.lengthUnits, ["day", "days", "week", "weeks", "month", "months"])

    /// Plurals that speak of gatherings in general ("Meetings will continue", "bilateral dialogues").
    static let plurals = PhraseSet(
        .plurals,
        [
            "meetings", "dialogues", "consultations", "conferences", "workshops", "seminars", "symposiums",
            "symposia", "forums", "fora", "summits",
        ])

    /// Right before a plural of "consultation": the consultations are one gathering ("the
    /// ministers held consultations with their counterparts"; not "they hold regular consultations").
    static let holdingVerbs = PhraseSet(.holdingVerbs, ["held", "conducted", "will hold", "to hold"])

    /// A following noun that makes the trigger a modifier of something else: "dialogue partners",
    /// "summit venue", "meeting room".
    static let compoundBlockers = PhraseSet(
        .compoundBlockers,
        [
            "partner", "partners", "partnership", "mechanism", "mechanisms", "framework", "process", "platform",
            "room", "hall", "centre", "center", "series", "table", "venue", "point", "relations", "status",
            "minutes", "format", "system",
        ])

    /// Words just before a mention that make it an example of a kind of channel, not an
    /// occurrence ("existing channels such as the AMMTC").
    static let examples = PhraseSet(.examples, ["such as", "like"])

    /// Words that open a proposal: a gathering someone proposes ("proposed that the two
    /// ministries organise a conference in Phnom Penh next year") is not yet an occurrence,
    /// unlike one the parties agreed to hold.
    static let proposals = PhraseSet(
        .proposals,
        [
            "proposed that", "suggested that", "proposes that", "suggests that", "proposed to hold",
            "proposed holding", "suggested holding", "proposed to organise", "proposed to organize",
            "proposed organising", "proposed organizing", "proposed convening", "proposal to hold",
            "proposed the holding of", "called for holding",
        ])

    /// Words before the noun that make it something we never count: one outlet's press event.
    static let excludedCompounds = PhraseSet(
        .excludedCompounds,
        [
            "press", "news", "media", "press briefing", "work", "party", "cabinet", "staff",
            "shareholders", "board", "family",
        ])

    /// Words before a bare noun that make it the way a gathering was held ("held by video
    /// conference", "via videoconference"), not a gathering of its own.
    static let modeMarkers = PhraseSet(.modeMarkers, ["by", "via", "through", "over"])

    /// Modifiers of one country's internal gatherings.
    static let internalModifiers = PhraseSet(
        .internalModifiers,
        [
            "provincial", "municipal", "prefectural", "county", "district", "internal", "party", "inter-agency",
            "interagency",
        ])

    /// Words right before a noun that make it a habit, not one occurrence ("hold regular talks").
    static let habitualModifiers = PhraseSet(
        .habitualModifiers, ["regular", "periodic", "routine", "frequent", "regularly"])

    /// Modifiers of gatherings with no security purpose (counted only with a security word too).
    static let nonSecurityModifiers = PhraseSet(
        .nonSecurityModifiers,
        [
            "business", "investment", "trade", "economic", "expo", "tourism", "cultural", "culture", "energy",
            "investors", "commerce", "film", "fashion", "music", "sports",
        ])

    /// Lower-case words that may stand between a determiner and the head noun.
    static let modifiers = PhraseSet(
        .modifiers,
        [
            "ministerial", "inter-ministerial", "bilateral", "trilateral", "multilateral", "quadrilateral",
            "regional", "international", "annual", "joint", "high-level", "high", "level", "senior", "officials",
            "police", "security", "law", "enforcement", "law-enforcement", "leaders", "ministers", "chiefs", "heads",
            "experts", "expert", "inaugural", "informal", "special", "emergency", "preparatory", "technical",
            "four-nation", "nation", "party", "video", "online", "virtual", "extraordinary", "closed-door",
            "closed", "door", "committee", "group", "coordination", "consultative", "plenary", "opening",
            "closing", "working", "day", "days", "one", "two", "three", "four", "five", "six", "seven", "week",
            "long", "-", "'", "'s", "summit", "cooperation", "crime", "prevention", "counter-terrorism",
            "anti-terrorism", "border", "maritime", "coast", "guard", "defence", "defense", "public", "consular",
            "level", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "next", "upcoming", "latest", "recent", "last", "previous", "virtual", "hybrid", "sub-regional",
            "subregional",
            "such",
            "strategic", "ministers'", "leaders'", "chiefs'", "police-to-police", "to", "mekong",
        ])

    /// Words that make a mention refer to a new occurrence of a series.
    static let ordinals = PhraseTable<Int>(
        .ordinals,
        [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "inaugural": 1, "next": 0, "upcoming": 0, "last": -1, "previous": -1,
        ])

    /// Determiners and possessives that introduce a mention already known to the reader.
    static let definite = PhraseSet(
        .definite,
        [
            "the", "this", "that", "these", "its", "their", "his", "her", "our", "yesterday's", "today's",
            "tomorrow's", "week's", "month's", "year's",
        ])

    /// Words that name one occurrence of a gathering before "of" ("the next round of talks").
    static let occurrenceNouns = PhraseSet(.occurrenceNouns, ["round of", "rounds of", "new round of"])

    /// Verbs after "The first", "The previous" that make it an earlier occurrence of the
    /// gathering just named, its noun left out: "It was the second such meeting. The first was
    /// held in Beijing in March 2018".
    static let ellipticalVerbs = PhraseSet(.ellipticalVerbs, ["was held", "were held", "took place", "was hosted"])

    /// Nouns that may stand between such an ordinal and its verb: "The previous round took place
    /// in Tokyo".
    static let ellipticalNouns = PhraseSet(.ellipticalNouns, ["round", "one", "edition"])

    /// Possessives that make a gathering one of the parties just named ("their last meeting").
    static let sharedPossessives = PhraseSet(.sharedPossessives, ["their"])

    /// Possessives that, after a verb of attending, make an ordinal the attendee's own count
    /// ("attend its first conference").
    static let participantPossessives = PhraseSet(.participantPossessives, ["its", "his", "her"])

    /// Determiners that introduce a new mention.
    static let indefinite = PhraseSet(.indefinite, ["a", "an", "another"])

    /// Acronyms of recurring ministerial and officials' meetings, read as meetings of that series.
    private static let acronymWords: [String: MeetingKind] = [
        "ammtc": .meeting, "somtc": .meeting, "admm": .meeting, "ammd": .meeting, "asod": .meeting,
        "arf": .forum,
    ]
}

extension MeetingKind {
    /// Talks, meetings, consultations and dialogues: news names one such gathering by the
    /// others' nouns ("a two-day meeting ... after the talks").
    var isConversational: Bool {
        switch self {
        case .meeting, .talks, .consultation, .dialogue: true
        default: false
        }
    }
}
