/// Finds named parts of a year, whose value is the year: quarters ("the third quarter", "the
/// 4th quarter of last year", "the last quarter of 2018", "third-quarter earnings"), halves
/// ("the first half of 2018", "first-half profit") and seasons ("last summer", "in the spring
/// of 2010", "autumn 2015", "during winter", "that autumn").
///
/// A half needs its year or a hyphen ("the second half" alone is more often a match's); a
/// season with no year must be in lower case ("Spring Festival" is a name) after a word that
/// introduces a date, other than "to" ("expected to fall").
struct YearPartScanner {
    let tokens: UnsafeBufferPointer<TimeToken>

    /// Whether a match can start at a word with `keyword` (keep in step with `match(at:)`).
    @inline(__always) static func canStart(with keyword: TimeKeyword) -> Bool {
        switch keyword {
        case .the, .this, .that, .last, .next, .early, .mid, .late, .spring, .summer, .autumn, .fall, .winter, .first,
            .second, .third, .fourth:
            true
        default: false
        }
    }

    func match(at index: Int) -> TimeMatch? {
        switch tokens[index].keyword {
        case .the:
            let fiscal = index + 1 < tokens.count && tokens[index + 1].keyword == .fiscal  // "the fiscal third quarter"
            return ordinalPart(at: fiscal ? index + 2 : index + 1, first: index)
                ?? season(at: index + 1, first: index, introduced: isIntroduced(index))
        case .first, .second, .third, .fourth:
            return ordinalPart(at: index, first: index)
        case .that:
            guard var found = season(at: index + 1, first: index, introduced: true),
                case .yearPart(var part) = found.expression, part.year == nil
            else { return nil }
            part.inFocusYear = true
            found.expression = .yearPart(part)
            return found
        case .this, .last, .next:
            let direction: TimeDirection =
                switch tokens[index].keyword {
                case .this: .sameYear
                case .last: .before
                default: .after
                }
            guard var found = season(at: index + 1, first: index, introduced: true),
                case .yearPart(var part) = found.expression,
                part.year == nil
            else { return nil }
            part.direction = direction
            found.expression = .yearPart(part)
            return found
        case .early, .mid, .late:
            var next = index + 1
            if next < tokens.count, tokens[next].isDash, !tokens[next].spaced { next += 1 }
            return season(at: next, first: index, introduced: true)
        default:
            return season(at: index, first: index, introduced: isIntroduced(index))
        }
    }

    /// Whether the word before `index` introduces a date ("in", "during", "since"), "to" aside.
    private func isIntroduced(_ index: Int) -> Bool {
        guard index > 0, let word = tokens[index - 1].word else { return false }
        return word.introducesDate && word.keyword != .to && word.keyword != .the
    }

    /// "the first quarter", "the 3rd quarter of 2015", "the second half of last year", or,
    /// glued by a hyphen and with no "the", "third-quarter" (earnings) and "first-half"
    /// (profit). The ordinal is at `ordinalIndex`; the match starts at `first`.
    private func ordinalPart(at ordinalIndex: Int, first: Int) -> TimeMatch? {
        guard ordinalIndex + 1 < tokens.count else { return nil }
        let ordinal = tokens[ordinalIndex]
        var rank: Int
        switch ordinal.keyword {
        case .first: rank = 1
        case .second: rank = 2
        case .third: rank = 3
        case .fourth: rank = 4
        case .last: rank = 0  // the last of its kind: the fourth quarter, the second half
        default:
            guard ordinal.kind == .number, ordinal.isOrdinal, (1...4).contains(ordinal.value) else { return nil }
            rank = ordinal.value
        }
        var nounIndex = ordinalIndex + 1
        let hyphenated = tokens[nounIndex].isDash && !tokens[nounIndex].spaced
        if hyphenated {
            nounIndex += 1
        } else if first == ordinalIndex {
            return nil
        }
        guard nounIndex < tokens.count else { return nil }
        let noun = tokens[nounIndex]
        if rank == 0 { rank = noun.keyword == .half ? 2 : 4 }
        let months: ClosedRange<Int>
        switch noun.keyword {
        case .quarter where noun.end - noun.start == 7: months = rank * 3 - 2...rank * 3
        case .half where rank <= 2: months = rank * 6 - 5...rank * 6
        default: return nil
        }
        var part = YearPart(months: months)
        var end = nounIndex + 1
        if let year = year(at: end) {
            (part.year, part.yearShift, end) = year
        } else if noun.keyword == .half && !hyphenated || end < tokens.count && tokens[end].keyword == .of {
            return nil  // "the second half" of a match, "the first quarter of the century"
        }
        return TimeMatch(first: first, end: end, expression: .yearPart(part))
    }

    /// A season word at `index`, with its year if one follows; the match starts at `first`.
    private func season(at index: Int, first: Int, introduced: Bool) -> TimeMatch? {
        guard index < tokens.count else { return nil }
        let months: ClosedRange<Int>
        switch tokens[index].keyword {
        case .spring: months = 3...5
        case .summer: months = 6...8
        case .autumn, .fall: months = 9...11
        case .winter: months = 12...14
        default: return nil
        }
        var part = YearPart(months: months)
        var end = index + 1
        if let year = year(at: end) {
            (part.year, part.yearShift, end) = year
        } else if !introduced || tokens[index].capitalized || end < tokens.count && tokens[end].keyword == .of {
            return nil  // "the fall of the regime"; "Spring Festival", "the Arab Spring" are names
        } else if tokens[index].keyword == .fall, first == index || tokens[first].keyword == .the, end < tokens.count,
            tokens[end].kind == .word, !tokens[end].capitalized
        {
            return nil  // "after the fall in exports"; "last fall to new routes" has its modifier
        }
        return TimeMatch(first: first, end: end, expression: .yearPart(part))
    }

    /// The year after a part: "2018" or "of 2018" (a year), "of last year" (-1), "of this
    /// year" or "of the year" (0), "of next year" (+1).
    private func year(at index: Int) -> (year: Int?, shift: Int?, end: Int)? {
        guard index < tokens.count else { return nil }
        if let year = yearNumber(at: index) { return (year, nil, index + 1) }
        guard tokens[index].keyword == .of, index + 2 < tokens.count else { return nil }
        if let year = yearNumber(at: index + 1) { return (year, nil, index + 2) }
        guard tokens[index + 2].keyword == .year, tokens[index + 2].end - tokens[index + 2].start == 4 else {
            return nil
        }
        switch tokens[index + 1].keyword {
        case .this, .the: return (nil, 0, index + 3)
        case .last: return (nil, -1, index + 3)
        case .next: return (nil, 1, index + 3)
        default: return nil
        }
    }

    private func yearNumber(at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .number, token.digits == 4, !token.isCompound, (1900...2100).contains(token.value) else {
            return nil
        }
        return token.value
    }
}
