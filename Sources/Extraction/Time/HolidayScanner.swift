/// Finds holidays with a fixed date, resolved like a year-less day: "Christmas", "Christmas
/// Day", "Christmas Eve", "New Year's Day", "New Year's Eve", "Halloween", each with an
/// optional year after it ("Christmas 2014").
///
/// A bare "Christmas" must end its phrase or come before "and": "Christmas Island" and
/// "Christmas shopping" are not dates. Holidays that differ by country or move with a lunar
/// calendar are left out.
struct HolidayScanner {
    let tokens: UnsafeBufferPointer<TimeToken>

    /// Whether a match can start at a word with `keyword` (keep in step with `match(at:)`).
    @inline(__always) static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .christmas, .new, .halloween: true
        default: false
        }
    }

    func match(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        guard token.capitalized else { return nil }
        let month: Int
        var day: Int
        var end: Int
        switch token.keyword {
        case .christmas:
            (month, day, end) = (12, 25, index + 1)
            if let named = dayOrEve(at: end) {
                if named == .eve { day = 24 }
                end += 1
            } else if end < tokens.count, tokens[end].kind == .word, tokens[end].keyword != .and {
                return nil
            }
        case .new:
            // New Year's Day, New Year's Eve: "New", "Year", an apostrophe, "s", "Day" or "Eve".
            guard index + 4 < tokens.count, tokens[index + 1].keyword == .year, tokens[index + 1].capitalized,
                tokens[index + 2].isMark(UInt8(ascii: "'")), tokens[index + 3].keyword == .s,
                let named = dayOrEve(at: index + 4)
            else { return nil }
            (month, day, end) = named == .eve ? (12, 31, index + 5) : (1, 1, index + 5)
        case .halloween:
            (month, day, end) = (10, 31, index + 1)
        default:
            return nil
        }
        var fields = DateFields(month: month, day: day)
        if let year = trailingYear(at: end) {
            fields.year = year
            end += 1
        }
        return TimeMatch(first: index, end: end, expression: .fields(fields))
    }

    /// `.day` or `.eve` for a capitalised "Day" or "Eve" at `index`.
    private func dayOrEve(at index: Int) -> TimeKeyword? {
        guard index < tokens.count, tokens[index].capitalized, tokens[index].end - tokens[index].start == 3,
            let keyword = tokens[index].keyword, keyword == .day || keyword == .eve
        else { return nil }
        return keyword
    }

    private func trailingYear(at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .number, token.digits == 4, !token.isCompound, (1900...2100).contains(token.value) else {
            return nil
        }
        return token.value
    }
}
