/// One place in the text where a gathering is named or pointed back to.
struct Mention: Sendable, Hashable {
    enum Reference: Sendable, Hashable {
        /// "a ministerial meeting": a gathering not mentioned before.
        case new
        /// "the meeting", "this week's talks": one the reader already knows of, or the article's own.
        case known
        /// "the 37th ASEAN Chiefs of Police Conference": a title of its own.
        case named
    }

    /// Token index of the head noun.
    var head: Int
    /// `nil` for generic nouns ("the gathering") that only point back.
    var kind: MeetingKind?
    /// Tokens of the whole noun phrase, without the determiner.
    var phrase: Range<Int>
    var sentence: Int
    var reference: Reference
    /// An ordinal ("first", "37th"), `0` for "next" or `-1` for "last" and "previous": a
    /// distinct occurrence of a series.
    var ordinal: Int?
    /// Capitalised words of the phrase (its title), for telling named gatherings apart: where
    /// their keys stand in the article's list of mention keys (`MentionFinder.Found.keys`).
    var nameKeys: Range<Int> = 0..<0
    /// Lower-case modifiers ("ministerial", "bilateral"), for matching "the ministerial meeting":
    /// where their keys stand in the same list.
    var modifierKeys: Range<Int> = 0..<0
    var isVirtual = false
    var isInternal = false
    /// A gathering we never count ("press conference", "work conference"), kept so that
    /// "the conference" later points back to it rather than to a meeting.
    var isExcludedEvent = false
    /// Proposed, not agreed ("proposed that the two ministries organise a conference"): not an
    /// occurrence yet, though its sentence still speaks of it rather than of another gathering.
    var isProposed = false
    var isNonSecurity = false
    var hasSecurityWord = false
    /// A verb ("met", "will meet"), not a noun: it only lends its facts to a noun mention.
    var isVerb = false
    /// An ordinal with its noun left out ("The first was held in Beijing"): the kind is the
    /// gathering's named just before, and it has no title.
    var isElliptical = false
    /// A verb that opens a gathering of its own even right after another ("will meet again",
    /// "met on the sidelines of the summit").
    var isOwnOccasion = false
    /// A verb of signing a document ("signed a memorandum"): alone it reports a signing.
    var signs = false
    /// A noun after a signing verb in its sentence: "was signed at the first consultation".
    var hostsSigning = false
    /// Opened by "their" ("their first consultation with China"): the parties' own occurrence.
    var hasPossessive = false
    /// No article or demonstrative before it ("will hold talks"): new to the reader even
    /// though it reads as `.known`, so a date further along its sentence may still be its own.
    var isBare = false
    /// Directly after a comma that follows another mention: "..., a one-day session".
    var isApposition = false
}
