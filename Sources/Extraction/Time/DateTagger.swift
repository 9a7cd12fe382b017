/// Finds and normalises the date expressions of English news text.
///
///     let tagger = DateTagger()
///     let published = Day(year: 2015, month: 10, day: 21)
///     tagger.tag("The dialogue will be held from Oct. 23 to 24.", published: published)
///     // one mention, "from Oct. 23 to 24": start 2015-10-23, end 2015-10-24
///
/// It reads UTF-8 bytes in one pass; every offset it gives is a UTF-8 byte offset.
public struct DateTagger: Sendable {
    public init() {}

    /// Every date expression of `text`, in order, without overlaps. Year-less and relative
    /// expressions resolve against `published` in the direction the tense of their clause
    /// gives; with no `published` they are still found but have no value.
    public func tag(_ text: String, published: Day?) -> [DateMention] {
        var copy = text
        return copy.withUTF8 { tag(utf8: $0, published: published) }
    }

    /// The same as `tag(_:published:)` over raw bytes, which need not be valid UTF-8: offsets
    /// stay true to the bytes as read, and only a mention's `text` repairs bad sequences.
    public func tag(utf8 bytes: UnsafeBufferPointer<UInt8>, published: Day?) -> [DateMention] {
        TimeTokenizer.withTokens(of: bytes) { values(in: $0, published: published) { mention(of: $0, in: bytes) } }
    }

    /// The dates of `tag(utf8:published:)` and the lengths of `durations(in:)` together, from
    /// one pass of the tokenizer over `bytes`.
    public func tags(utf8 bytes: UnsafeBufferPointer<UInt8>, published: Day?) -> TimeTags {
        let found = values(utf8: bytes, published: published) { mention(of: $0, in: bytes) }
        return TimeTags(dates: found.dates, durations: found.durations)
    }

    /// What `tags(utf8:published:)` finds, each date without its text: for a reader that needs
    /// only where a date stands and what it means, and so makes no `String`.
    func values(utf8 bytes: UnsafeBufferPointer<UInt8>, published: Day?) -> (
        dates: [DateValue], durations: [DurationMention]
    ) {
        values(utf8: bytes, published: published) { $0 }
    }

    /// The same, each date made into what `value` makes of it as it is found: a reader that
    /// keeps its own record of a date fills one list, not a list of `DateValue`s and then its own.
    func values<Value>(
        utf8 bytes: UnsafeBufferPointer<UInt8>, published: Day?, as value: (DateValue) -> Value
    ) -> (dates: [Value], durations: [DurationMention]) {
        TimeTokenizer.withTokens(of: bytes) { (values(in: $0, published: published, as: value), durations(in: $0)) }
    }

    /// Every stated length in days ("a three-day workshop", "for two days").
    public func durations(in text: String) -> [DurationMention] {
        TimeTokenizer.withTokens(of: text) { durations(in: $0) }
    }

    private func values<Value>(in scanned: TimeTokens, published: Day?, as value: (DateValue) -> Value) -> [Value] {
        let tokens = scanned.tokens
        let resolver = DateResolver(reference: published)
        let tenses = TenseDetector(tokens: tokens)
        var focus = DateFocus(reference: published)
        var values: [Value] = []
        values.reserveCapacity(tokens.count / 16)  // news text has a date about every 20 tokens
        DateScanner(tokens: tokens, starts: scanned.starts).forEachMatch { match in
            let resolved = resolver.resolve(match.expression, focus: focus) {
                tenses.tense(first: match.first, end: match.end)
            }
            if let last = resolved.end ?? resolved.start { focus.note(last) }
            values.append(
                value(
                    DateValue(
                        range: tokens[match.first].start..<tokens[match.end - 1].end, start: resolved.start,
                        end: resolved.end, isRelative: match.expression.isRelative,
                        anaphoricOffset: match.expression.anaphoricOffset)))
        }
        return values
    }

    /// The mention of `date`, with its text from `bytes`.
    private func mention(of date: DateValue, in bytes: UnsafeBufferPointer<UInt8>) -> DateMention {
        DateMention(
            range: date.range, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[date.range]), as: UTF8.self),
            start: date.start, end: date.end, isRelative: date.isRelative, anaphoricOffset: date.anaphoricOffset)
    }

    private func durations(in scanned: TimeTokens) -> [DurationMention] {
        let tokens = scanned.tokens
        return DurationScanner(tokens: tokens, starts: scanned.lengthStarts).matches().map {
            DurationMention(range: tokens[$0.first].start..<tokens[$0.end - 1].end, days: $0.days)
        }
    }

    /// The tense of the clause around `range` (UTF-8 byte offsets into `text`): whether it
    /// reports something past, present or still to come.
    public func tense(around range: Range<Int>, in text: String) -> Tense {
        TimeTokenizer.withTokens(of: text) { scanned in
            let tokens = scanned.tokens
            let first = tokens.firstIndex { $0.end > range.lowerBound } ?? tokens.count
            var end = first
            while end < tokens.count, tokens[end].start < range.upperBound { end += 1 }
            return TenseDetector(tokens: tokens).tense(first: first, end: max(end, first))
        }
    }
}

/// What the tagger finds in one text: its date expressions and its stated lengths.
public struct TimeTags: Sendable {
    /// As `DateTagger.tag(utf8:published:)` gives them.
    public var dates: [DateMention]
    /// As `DateTagger.durations(in:)` gives them.
    public var durations: [DurationMention]
}

extension TimeExpression {
    /// Whether the value depends on the reference day.
    var isRelative: Bool {
        switch self {
        case .fields(let fields): fields.year == nil
        case .range(let from, _): from.year == nil
        case .yearPart(let part): part.year == nil
        case .shift, .anaphoric, .weekdayFromFocus, .dayOfMonth, .weekend, .unwritable: true
        }
    }

    /// The count of days of an expression counted in days from the date in focus.
    var anaphoricOffset: Int? {
        if case .anaphoric(let count, .day) = self { return count }
        return nil
    }
}
