/// Words around a mention that tie a date, a place, a participant or a topic to it.
///
/// Lower case, matched on token keys; each table says what finding it means.
enum ContextCues {
    /// Before a date: the date is when the gathering began ("which opened on Friday").
    static let startVerbs = PhraseSet(
        .startVerbs,
        [
            "opened", "opens", "open", "opening", "began", "begins", "begin", "started", "starts", "start",
            "kicked off", "kicks off", "kick off", "got under way", "gets under way",
        ])

    /// Before or just after a date: the date is when it ended ("which closed today", "until Thursday").
    static let endVerbs = PhraseSet(
        .endVerbs,
        [
            "ended", "ends", "end", "closed", "closes", "close", "concluded", "concludes", "wrapped up",
            "wraps up", "wrap up", "until", "till", "through",
        ])

    /// Near a date: the date is when something was said, not when anyone met.
    static let reportingVerbs = PhraseSet(
        .reportingVerbs,
        [
            "said", "says", "announced", "announces", "told", "reported", "stated", "added", "noted",
            "confirmed", "disclosed", "revealed", "statement", "release", "briefing",
        ])

    /// Before a city or country: it is where the gathering takes place.
    static let venuePrepositions = PhraseSet(.venuePrepositions, ["in", "at", "held in", "hosted in", "host", "hosts"])

    /// Before "of <city>": the city is named by what it is ("the coastal city of Da Nang").
    static let settlementNouns = PhraseSet(
        .settlementNouns, ["city", "town", "capital", "port", "village", "municipality"])

    /// After a city: it hosts the gathering ("Beijing will host", "Singapore hosted").
    static let hostVerbs = PhraseSet(
        .hostVerbs, ["will host", "hosts", "hosted", "is hosting", "to host", "will play host"])

    /// After a place name: the name is a building's or a body's, not the city ("Shangri-La Hotel").
    static let buildingNouns = PhraseSet(
        .buildingNouns,
        [
            "hotel", "hall", "centre", "center", "building", "street", "road", "avenue", "university", "airport",
            "port", "international", "convention", "stadium", "palace", "house", "bay", "station", "square",
            "resort", "province", "prefecture", "county", "district", "declaration", "police", "municipal",
        ])

    /// The last word of a building named after the city it stands in, where gatherings are held
    /// ("the Kuala Lumpur Convention Centre", "Vientiane City Hall"): the city is the host.
    /// Hotels are left out: chains carry place names ("the Shangri-La Hotel").
    static let venueBuildings = PhraseSet(.venueBuildings, ["centre", "center", "hall", "stadium"])

    /// After "X and Y": the two names are regions ("Svay Rieng and Takeo provinces").
    static let regionPlurals = PhraseSet(
        .regionPlurals, ["provinces", "districts", "prefectures", "counties", "states", "regions"])

    /// Words in a site's name that put it outside the city it is named after.
    static let sitesAwayFromCity = PhraseSet(
        .sitesAwayFromCity, ["airport", "bay", "province", "prefecture", "county", "district", "port"])

    /// After a city name, a place in or near that city ("Subic Bay", "Kunming International
    /// Airport", "Jiangsu Province"): it gives the host country, not the city itself.
    static let sitesNamedAfterCity = PhraseSet(
        .sitesNamedAfterCity,
        [
            "hotel", "hall", "centre", "center", "building", "university", "airport", "port", "international",
            "convention", "stadium", "palace", "bay", "station", "square", "resort", "province", "prefecture",
            "county", "district",
        ])

    /// Before a date: the gathering takes place then ("will be held tomorrow", "set for Feb. 22").
    static let occurrenceDateCues = PhraseSet(
        .occurrenceDateCues,
        [
            "held", "take place", "takes place", "took place", "set for", "scheduled for", "convened", "slated for",
        ])

    /// Before "to <city>": the trip that takes a delegation to the venue ("lead a delegation to Beijing").
    static let travel = PhraseSet(
        .travel,
        [
            "delegation", "delegations", "travel", "travels", "travelled", "traveled", "visit", "trip", "head",
            "heads", "headed", "fly", "flew", "leaves", "left",
        ])

    /// Right before a city: the delegation goes there for the gathering ("visit Manila for talks").
    static let visitVerbs = PhraseSet(.visitVerbs, ["visit", "visits", "visiting", "visited"])

    /// Before a city: it is somewhere else (the way home, the connecting point).
    static let notVenue = PhraseSet(
        .notVenue,
        [
            "returning to", "returned to", "back to", "back in", "return to", "due back in", "from", "leaves for",
            "left for", "to", "based in", "headquartered in", "located in", "stationed in", "lives in", "born in",
        ])

    /// Words that mark a gathering held by video link (no host city).
    static let virtual = PhraseSet(
        .virtual,
        [
            "videoconference", "video conference", "video-conference", "video link", "video-link", "virtually",
            "virtual", "via video", "by video", "teleconference", "video call", "connecting point", "online meeting",
        ])

    /// Verbs in the clause of a mention that make it a specific occurrence rather than a mechanism.
    static let occurrenceVerbs = PhraseSet(
        .occurrenceVerbs,
        [
            "held", "hold", "holds", "holding", "host", "hosted", "hosts", "hosting", "attended", "attend", "attends",
            "attending", "chaired", "chair", "chairs", "co-chaired", "opened", "opens", "closed", "ended", "began",
            "convened", "convene", "wrapped up", "at", "during", "after", "before", "following", "followed",
            "took part", "take part", "joined", "told", "addressing", "addressed", "will", "set for", "to",
            "brought together", "gathered", "endorsed", "adopted", "signed",
        ])

    /// Words that make a sentence speak of a gathering's agenda or outcome.
    static let agenda = PhraseSet(
        .agenda,
        [
            "agree", "agreed", "agrees", "agreement", "pledge", "pledged", "pledging", "pledges", "vow", "vowed",
            "vowing", "discuss", "discussed", "discussing", "discussion", "discussions", "focus", "focused",
            "focusing", "focuses", "focus on", "tackle", "review", "reviewed", "exchanged views", "exchange views",
            "adopt", "adopted", "sign", "signed", "endorse", "endorsed", "propose", "proposed", "suggest",
            "suggested", "call for", "called for", "calling for", "called on", "urge", "urged", "urging",
            "pressed", "reaffirmed", "committed", "committing", "approve", "approved", "agenda", "theme", "items",
            "raised", "highlighted", "stressed", "under the", "statement", "declaration", "communique",
            "communiqué", "memorandum", "mou", "pact", "deal", "plan", "work plan", "resolutions", "covers",
            "priority areas", "decided", "decision", "consensus", "offered", "will provide", "to provide",
            "expected to", "dominate", "praised", "proposal", "should", "is willing to", "are willing to",
            "is ready to", "are ready to", "stands ready to", "was ready to", "were ready to", "was willing to",
            "were willing to", "calls for", "calls on", "covered", "cover", "learn", "study", "lectures", "sessions",
        ])

    /// Words that make a sentence report what a participant said at the gathering.
    static let speech = PhraseSet(
        .speech,
        [
            "speaking at", "speaking from", "speaking during", "in his", "in her", "in their", "addressing",
            "keynote", "opening remarks", "opening speech", "told the", "said at", "co-chairing", "chairing",
            "presented", "presentation", "presentations", "delivered a", "briefed",
        ])

    /// Words that make a sentence name who attends (read for organisations).
    static let attendance = PhraseSet(
        .attendance,
        [
            "attend", "attended", "attending", "attendance", "took part", "take part", "taking part", "participants",
            "participation", "represented", "representatives", "representative", "delegation", "delegations",
            "observers", "observer", "joined", "sent", "gathered", "brought together", "bring together", "among",
            "chaired", "co-chaired", "participated", "present", "trainees", "trainee", "attendees", "delegates",
            "delivered", "addressed", "remarks", "briefed", "spoke at",
        ])

    /// Words before a gathering that make it the setting of another named before it in the
    /// sentence: "a bilateral meeting on the sidelines of the forum".
    static let settings = PhraseSet(
        .settings,
        [
            "sidelines of", "margins of", "sidelines", "margins", "on the sidelines", "on the margins",
        ])

    /// Topic words that also name a place; after "in the", "along the" they say where, not what.
    static let placeLikeTopics = PhraseSet(
        .placeLikeTopics, ["border areas", "border area", "border region", "border regions"])

    /// Before a date after a mention: the date is when a span of time began ("the first
    /// since 2019"), not the gathering's.
    static let since = PhraseSet(.since, ["since"])

    /// Just before a date: it is when a body or an arrangement began ("launched in 2017").
    static let foundingVerbs = PhraseSet(
        .foundingVerbs,
        [
            "launched", "established", "founded", "set up", "created", "formed", "inception",
        ])

    /// Words that open a sentence of background (earlier events, statistics).
    static let background = PhraseSet(
        .background, ["since", "last month", "last year", "earlier", "previously", "in the past"])

    /// People and bodies that a country's name or demonym before them makes participants:
    /// "Thai police", "China's Ministry of Public Security", "officials from Laos".
    static let participantNouns = PhraseSet(
        .participantNouns,
        [
            "police", "policemen", "officers", "officer", "officials", "official", "delegation", "delegations",
            "delegates", "delegate", "minister", "ministers", "ministry", "vice minister", "deputy minister",
            "side", "sides", "counterparts", "counterpart", "leaders", "leader", "chiefs", "chief", "head", "heads",
            "representatives", "representative", "government", "governments", "authorities", "agencies", "agency",
            "coast guard", "national police", "state councilor", "state councillor", "premier", "president",
            "prime minister", "inspector-general", "commissioner", "law enforcement", "security", "navy",
            "armed forces", "military", "army", "ambassador", "envoy", "team", "teams", "experts", "deputy",
            "general", "commissariat", "department", "forces", "force", "public security", "interior",
            "home affairs", "immigration", "customs", "border police", "vice-president", "vice president",
            "foreign minister", "justice", "narcotics", "drug", "anti-narcotics", "senior", "top", "cabinet",
            "partners", "partner",
        ])

    /// Prepositions after people or bodies that introduce their countries: "ministers from", "heads of".
    static let participantPrepositions = PhraseSet(
        .participantPrepositions,
        [
            "from", "of", "among", "between", "including", "with", "by", "representing", "and", "plus",
        ])

    /// Prepositions before a country that make it a place things happen in, not a participant.
    static let placePrepositions = PhraseSet(
        .placePrepositions,
        [
            "in", "into", "to", "across", "through", "near", "along", "inside", "within", "toward", "towards",
            "via", "border with", "borders with", "bordering", "borders of", "fled to", "out of", "around",
            "border", "borders",
        ])

    /// Nouns after "Country's" that make it a place ("Myanmar's Shan state").
    static let placeNouns = PhraseSet(
        .placeNouns,
        [
            "state", "province", "border", "borders", "region", "island", "islands", "capital", "city", "coast",
            "waters", "territory", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "mainland",
        ])

    /// Tokens that may join the members of one list of countries.
    static let listJoiners = PhraseSet(
        .listJoiners,
        [
            ",", "and", "as well as", "the", "or", "plus", "+", "-", "&", "all", "other", "also", ":", "both",
            "member states", "member countries", "members", "countries", "nations", "states", "along with",
            "dialogue", "partners", "partner", "our", "their", "its",
        ])

    /// "the four countries", "both sides": words that point back to a list of that many countries.
    static let countedParties = PhraseSet(
        .countedParties,
        [
            "countries", "nations", "sides", "parties", "governments", "states", "forces", "delegations", "ministries",
        ])

    /// Number words for `countedParties`.
    static let counts = PhraseTable<Int>(
        .counts,
        [
            "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "11": 11, "12": 12, "13": 13, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6,
        ])

    /// Day and month names: capitalised, yet never part of a gathering's title ("Forum on Friday").
    static let calendarWords = PhraseSet(
        .calendarWords,
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ])

    /// Words before a meeting that mean it is still to come.
    static let future = PhraseSet(
        .future,
        [
            "will", "shall", "to be held", "is to", "are to", "scheduled", "set for", "set to", "expected to",
            "next", "upcoming", "to hold", "to attend", "plans to", "planned", "due to", "slated",
        ])

    /// Words in a mention's phrase that show a security or law-enforcement purpose.
    static let securityWords = PhraseSet(
        .securityWords,
        [
            "police", "security", "law enforcement", "law-enforcement", "crime", "crimes", "criminal", "terrorism",
            "counter-terrorism", "anti-terrorism", "drug", "drugs", "narcotics", "coast guard", "justice",
            "interior", "home affairs", "public security", "transnational", "aseanapol", "interpol", "border",
            "defence", "defense", "maritime", "cyber", "fraud", "trafficking", "smuggling", "gambling",
            "ammtc", "somtc", "admm",
        ])
}
