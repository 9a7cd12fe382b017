/// What the meeting finder reads: the cleaned text and what the other taggers found in it.
///
/// All ranges are UTF-8 byte offsets into `text`. The extractor fills this from the text,
/// time and gazetteer stages; tests build it by hand.
struct MeetingInput: Sendable {
    var text: [UInt8]
    var sentences: [Range<Int>]
    /// The headline's range, whose title case is not read as names.
    var title: Range<Int>?
    var published: Day?
    /// The city of the dateline ("BEIJING, Oct. 24 (Xinhua) --"), that "here" points to.
    var dateline: HostCity?
    var dates: [DateCue] = []
    var durations: [DurationCue] = []
    var places: [PlaceCue] = []
    var organizations: [TaggedID] = []
    var topics: [TaggedID] = []
    /// The member countries of a group (`ASEAN`) on a day (today's members when `nil`).
    var members: @Sendable (_ group: String, _ on: Day?) -> [String] = { _, _ in [] }
    /// Maps a range of `text` to the span of the input file it came from.
    var sourceSpan: @Sendable (Range<Int>) -> Span = { Span(offset: $0.lowerBound, length: $0.count) }
}

/// A city by its GeoNames English name and the ISO code of its country.
struct HostCity: Sendable, Hashable {
    var name: String
    var country: String
}

/// A resolved date expression.
struct DateCue: Sendable, Hashable {
    var range: Range<Int>
    var start: PartialDate?
    /// The last day of a range ("from Oct. 23 to 24"), else `nil`.
    var end: PartialDate?
    /// For "the day before" and kin: days from the date in focus; `start` then assumes publication.
    var anaphoricOffset: Int?
}

/// A stated length: "a three-day workshop".
struct DurationCue: Sendable, Hashable {
    var range: Range<Int>
    var days: Int
}

/// A place or group named in the text.
struct PlaceCue: Sendable, Hashable {
    enum Entity: Sendable, Hashable {
        /// A country; `isDemonym` for "Thai", "Chinese" (they name people, not places).
        case country(String, isDemonym: Bool)
        case city(HostCity)
        /// A group of countries by its `groups.tsv` id.
        case group(String)
    }
    var range: Range<Int>
    var entity: Entity
}

/// An organisation or topic id found at a range.
struct TaggedID: Sendable, Hashable {
    var range: Range<Int>
    var id: String
}
