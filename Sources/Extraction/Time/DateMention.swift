/// One date expression found in a text, with its resolved value.
///
///     let mention = DateTagger().tag("The talks opened on Oct. 23.", published: Day(year: 2015, month: 10, day: 24))[0]
///     mention.text                 // "Oct. 23"
///     mention.start?.description   // "2015-10-23"
public struct DateMention: Sendable, Hashable {
    /// UTF-8 byte offsets into the text given to the tagger.
    public var range: Range<Int>
    public var text: String
    /// The value, or the first value of a range; `nil` when it cannot be resolved (a year-less
    /// date with no publication date, "now", a decade, a week that straddles two months).
    public var start: PartialDate?
    /// The last value of a range ("from Oct. 23 to 24" ends on the 24th); `nil` for a single date.
    public var end: PartialDate?
    /// Whether the value depends on the publication date (year-less dates, weekdays, "tomorrow").
    public var isRelative: Bool
    /// For expressions that count days from a date in focus ("the day before" is -1, "the
    /// following day" +1, "three days later" +3): the count. Their `start` counts from the
    /// last day mentioned before them, else from the publication date; `anchored(to:)` moves
    /// it. `nil` for every other expression.
    public var anaphoricOffset: Int?

    public init(
        range: Range<Int>, text: String, start: PartialDate?, end: PartialDate? = nil, isRelative: Bool,
        anaphoricOffset: Int? = nil
    ) {
        self.range = range
        self.text = text
        self.start = start
        self.end = end
        self.isRelative = isRelative
        self.anaphoricOffset = anaphoricOffset
    }

    /// The same mention counted from `anchor` instead of the publication date when it is
    /// anaphoric ("the day before" the meeting); any other mention is returned unchanged.
    public func anchored(to anchor: Day) -> DateMention {
        guard let anaphoricOffset else { return self }
        var copy = self
        copy.start = .day(anchor.adding(days: anaphoricOffset))
        return copy
    }
}

/// A stated length that fixes a meeting's end from its start: "a three-day workshop",
/// "for two days", "a week-long course".
public struct DurationMention: Sendable, Hashable {
    /// UTF-8 byte offsets into the text given to the tagger.
    public var range: Range<Int>
    /// The length in days, at least 1.
    public var days: Int

    public init(range: Range<Int>, days: Int) {
        self.range = range
        self.days = days
    }
}

/// A date expression found by `DateTagger`: a `DateMention` without its text.
struct DateValue: Sendable, Hashable {
    /// UTF-8 byte offsets of the expression.
    var range: Range<Int>
    var start: PartialDate?
    var end: PartialDate?
    var isRelative: Bool
    var anaphoricOffset: Int?
}
