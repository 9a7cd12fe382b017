/// Finds decades: "the 1990s", "the 1990's", "the '90s", "the early 2000s", "the mid-1980s".
///
/// A decade has no value a partial date can write, so its value is `nil`; it is found so that
/// its extent is right and its number is not read as a year.
struct DecadeScanner {
    let tokens: [TimeToken]

    /// Whether a match can start at a word with `keyword` (keep in step with `match(at:)`);
    /// a number starts one too.
    static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .the, .early, .mid, .late: true
        default: false
        }
    }

    func match(at index: Int) -> TimeMatch? {
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
