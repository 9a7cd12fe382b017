/// Every cue table of the meeting rules, each with a bit of `Token.cues`: tokens carry the bits
/// of the tables that have a phrase starting with them, so a table tests one bit per token
/// before it looks the key up. With more tables than bits, tables share a bit; a shared bit only
/// sends a few more tokens on to the lookup, so the tables that share are last, and rare words.
enum CueClass: Int, CaseIterable, Sendable {
    case kinds, triggers, receivingVerbs, visitorOpeners, signingVerbs, signedDocuments, repeatMarkers, titleVerbs
    case otherOccasionOpeners, copulas, lengthUnits, plurals, holdingVerbs, compoundBlockers, examples, proposals
    case excludedCompounds, modeMarkers, internalModifiers, habitualModifiers, nonSecurityModifiers, modifiers
    case ordinals, definite, occurrenceNouns, ellipticalVerbs, ellipticalNouns, sharedPossessives
    case participantPossessives, indefinite, startVerbs, endVerbs, reportingVerbs, venuePrepositions
    case settlementNouns, hostVerbs, buildingNouns, venueBuildings, regionPlurals, sitesAwayFromCity
    case sitesNamedAfterCity, occurrenceDateCues, travel, visitVerbs, notVenue, virtual, occurrenceVerbs, agenda
    case speech, attendance, settings, since, foundingVerbs, background, participantNouns, participantPrepositions
    case placePrepositions, placeNouns, listJoiners, countedParties, counts, calendarWords, future, securityWords
    case visitCalls, placeLikeTopics

    /// The bit of `Token.cues` for this class.
    var bit: UInt64 { 1 &<< UInt64(rawValue % 64) }

    /// The class its table was built with and the first keys of its phrases.
    var table: (cue: CueClass, firstKeys: [UInt64]) {
        switch self {
        case .kinds: MeetingNouns.kinds.classed
        case .triggers: MeetingNouns.triggers.classed
        case .receivingVerbs: MeetingNouns.receivingVerbs.classed
        case .visitorOpeners: MeetingNouns.visitorOpeners.classed
        case .signingVerbs: MeetingNouns.signingVerbs.classed
        case .signedDocuments: MeetingNouns.signedDocuments.classed
        case .repeatMarkers: MeetingNouns.repeatMarkers.classed
        case .titleVerbs: MeetingNouns.titleVerbs.classed
        case .otherOccasionOpeners: MeetingNouns.otherOccasionOpeners.classed
        case .copulas: MeetingNouns.copulas.classed
        case .visitCalls: MeetingNouns.visitCalls.classed
        case .lengthUnits: MeetingNouns.lengthUnits.classed
        case .plurals: MeetingNouns.plurals.classed
        case .holdingVerbs: MeetingNouns.holdingVerbs.classed
        case .compoundBlockers: MeetingNouns.compoundBlockers.classed
        case .examples: MeetingNouns.examples.classed
        case .proposals: MeetingNouns.proposals.classed
        case .excludedCompounds: MeetingNouns.excludedCompounds.classed
        case .modeMarkers: MeetingNouns.modeMarkers.classed
        case .internalModifiers: MeetingNouns.internalModifiers.classed
        case .habitualModifiers: MeetingNouns.habitualModifiers.classed
        case .nonSecurityModifiers: MeetingNouns.nonSecurityModifiers.classed
        case .modifiers: MeetingNouns.modifiers.classed
        case .ordinals: MeetingNouns.ordinals.classed
        case .definite: MeetingNouns.definite.classed
        case .occurrenceNouns: MeetingNouns.occurrenceNouns.classed
        case .ellipticalVerbs: MeetingNouns.ellipticalVerbs.classed
        case .ellipticalNouns: MeetingNouns.ellipticalNouns.classed
        case .sharedPossessives: MeetingNouns.sharedPossessives.classed
        case .participantPossessives: MeetingNouns.participantPossessives.classed
        case .indefinite: MeetingNouns.indefinite.classed
        case .startVerbs: ContextCues.startVerbs.classed
        case .endVerbs: ContextCues.endVerbs.classed
        case .reportingVerbs: ContextCues.reportingVerbs.classed
        case .venuePrepositions: ContextCues.venuePrepositions.classed
        case .settlementNouns: ContextCues.settlementNouns.classed
        case .hostVerbs: ContextCues.hostVerbs.classed
        case .buildingNouns: ContextCues.buildingNouns.classed
        case .venueBuildings: ContextCues.venueBuildings.classed
        case .regionPlurals: ContextCues.regionPlurals.classed
        case .sitesAwayFromCity: ContextCues.sitesAwayFromCity.classed
        case .sitesNamedAfterCity: ContextCues.sitesNamedAfterCity.classed
        case .occurrenceDateCues: ContextCues.occurrenceDateCues.classed
        case .travel: ContextCues.travel.classed
        case .visitVerbs: ContextCues.visitVerbs.classed
        case .notVenue: ContextCues.notVenue.classed
        case .virtual: ContextCues.virtual.classed
        case .occurrenceVerbs: ContextCues.occurrenceVerbs.classed
        case .agenda: ContextCues.agenda.classed
        case .speech: ContextCues.speech.classed
        case .attendance: ContextCues.attendance.classed
        case .settings: ContextCues.settings.classed
        case .placeLikeTopics: ContextCues.placeLikeTopics.classed
        case .since: ContextCues.since.classed
        case .foundingVerbs: ContextCues.foundingVerbs.classed
        case .background: ContextCues.background.classed
        case .participantNouns: ContextCues.participantNouns.classed
        case .participantPrepositions: ContextCues.participantPrepositions.classed
        case .placePrepositions: ContextCues.placePrepositions.classed
        case .placeNouns: ContextCues.placeNouns.classed
        case .listJoiners: ContextCues.listJoiners.classed
        case .countedParties: ContextCues.countedParties.classed
        case .counts: ContextCues.counts.classed
        case .calendarWords: ContextCues.calendarWords.classed
        case .future: ContextCues.future.classed
        case .securityWords: ContextCues.securityWords.classed
        }
    }
}
