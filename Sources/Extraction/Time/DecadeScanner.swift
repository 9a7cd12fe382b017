/// Finds decades and centuries: "the 1990s", "the 1990's", "the '90s", "the early 2000s", "the
/// mid-1980s", "this decade", "the next decade", "the end of the decade", "the 21st century".
///
/// A decade or century has no value a partial date can write, so its value is `nil`; it is
/// found so that its extent is right and its number is not read as a year.
struct DecadeScanner {
    let tokens: UnsafeBufferPointer<TimeToken>

    /// Whether a match can start at a word with `keyword` (keep in step with `match(at:)`);
    /// a number starts one too ("1990s").
    @inline(__always) static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .the, .early, .mid, .late, .end, .this, .next: true
        default: false
        }
    }

    func match(at index: Int) -> TimeMatch? {
        if let end = namedDecade(at: index) { return TimeMatch(first: index, end: end, expression: .unwritable) }
        var cursor = index
        let hasArticle = tokens[cursor].keyword == .the
        if hasArticle { cursor += 1 }
        if cursor < tokens.count, let keyword = tokens[cursor].keyword,
            keyword == .early || keyword == .mid || keyword == .late
        {
            cursor += 1
            if cursor < tokens.count, tokens[cursor].isDash, !tokens[cursor].spaced { cursor += 1 }
        }
        guard let end = decade(at: cursor, hasArticle: hasArticle) else { return nil }
        return TimeMatch(first: index, end: end, expression: .unwritable)
    }

    /// The end of "this decade", "next decade", "the next (following, previous) decade", "the
    /// 21st century", optionally after "early", "late", "the end of" and the like, which also
    /// allow "the decade" and "the century".
    private func namedDecade(at index: Int) -> Int? {
        let core = MonthPart.end(of: tokens, at: index) ?? index
        guard core + 1 < tokens.count else { return nil }
        var cursor = core
        switch tokens[cursor].keyword {
        case .this, .next:
            cursor += 1
        case .the:
            cursor += 1
            let word = tokens[cursor]
            switch word.keyword {
            case .next, .following, .previous: cursor += 1
            default:
                if word.kind == .number, word.isOrdinal, word.digits <= 2 {
                    guard cursor + 1 < tokens.count, tokens[cursor + 1].keyword == .century else { return nil }
                    cursor += 1
                } else {
                    guard core > index else { return nil }
                }
            }
        default:
            return nil
        }
        guard cursor < tokens.count else { return nil }
        let unit = tokens[cursor]
        let letters = unit.end - unit.start
        guard unit.keyword == .decade && letters == 6 || unit.keyword == .century && letters == 7 && !unit.capitalized
        else { return nil }
        return cursor + 1
    }

    /// The end of "1990s", "1990's" or (after "the") "'90s" and "90s" at `index`.
    private func decade(at index: Int, hasArticle: Bool) -> Int? {
        var cursor = index
        guard cursor < tokens.count else { return nil }
        let apostrophe = tokens[cursor].isMark(UInt8(ascii: "'"))
        if apostrophe { cursor += 1 }
        guard cursor + 1 < tokens.count else { return nil }
        let number = tokens[cursor]
        guard number.kind == .number, number.value % 10 == 0 else { return nil }
        switch number.digits {
        case 4 where !apostrophe && (1000...2990).contains(number.value): break
        case 2 where hasArticle: break
        default: return nil
        }
        cursor += 1
        if number.digits == 4, tokens[cursor].isMark(UInt8(ascii: "'")), !tokens[cursor].spaced {
            cursor += 1
        }
        guard cursor < tokens.count, tokens[cursor].keyword == .s, !tokens[cursor].spaced else { return nil }
        return cursor + 1
    }
}
