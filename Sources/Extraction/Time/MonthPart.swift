/// Words that narrow a month or year to a part of it: "early", "mid-", "late", "the end of".
///
/// The part is not kept: a month stays a month ("mid-December" is `YYYY-12`), which is the
/// finest value the annotation contract can write.
enum MonthPart {
    /// The index just past such words at `index`, or `nil` when none start there.
    static func end(of tokens: UnsafeBufferPointer<TimeToken>, at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        switch tokens[index].keyword {
        case .early, .mid, .late:
            let next = index + 1
            if next < tokens.count, tokens[next].isDash, !tokens[next].spaced { return next + 1 }
            return next
        case .the:
            return partOf(tokens, at: index + 1)
        case .end:
            let next = index + 1
            if next < tokens.count, tokens[next].isDash, !tokens[next].spaced { return next + 1 }
            return partOf(tokens, at: index)
        default:
            return nil
        }
    }

    /// Whether such words can start at a word with `keyword` (keep in step with `end(of:at:)`).
    @inline(__always) static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .early, .mid, .late, .the, .end: true
        default: false
        }
    }

    /// "end of", "beginning of", "start of", "middle of" at `index`.
    private static func partOf(_ tokens: UnsafeBufferPointer<TimeToken>, at index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index + 1].keyword == .of else { return nil }
        switch tokens[index].keyword {
        case .end, .beginning, .start, .middle: return index + 2
        default: return nil
        }
    }
}
