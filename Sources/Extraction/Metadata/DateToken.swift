/// A word, number or punctuation mark of a byline, for the date patterns to match.
struct DateToken {
    enum Kind: Equatable {
        case number(value: Int, digits: Int)
        /// A word, with the month and the weekday it names, if any (`Oct`, `Wednesday`).
        case word(month: Int?, weekday: Int?)
        case mark(UInt8)
    }

    let kind: Kind
    /// Byte range in the line's text.
    let range: Range<Int>

    /// The month and the weekday each calendar word names.
    private static let calendarWords: WordTable<CalendarWord> = {
        var words: [String: CalendarWord] = [:]
        for (word, month) in BylineCalendarWords.months { words[word, default: CalendarWord()].month = month }
        for (word, weekday) in BylineCalendarWords.weekdays { words[word, default: CalendarWord()].weekday = weekday }
        return WordTable(words)
    }()

    private struct CalendarWord {
        var month: Int?
        var weekday: Int?
    }

    /// Runs `body` with the tokens of `bytes[range]`; blanks separate tokens and are dropped,
    /// bytes above ASCII join words (so `Thứ` is one word), and each other ASCII byte is a mark.
    /// The tokens stand in temporary memory (on the stack when there is room) for the call: a
    /// line's tokens cost no array storage and, mostly, no allocation.
    static func withTokens<Result>(
        _ bytes: [UInt8], _ range: Range<Int>, _ body: (UnsafeBufferPointer<DateToken>) -> Result
    ) -> Result {
        // Every token takes at least one byte of the range. Tokens hold no references, so the
        // memory is given back without deinitializing them.
        withUnsafeTemporaryAllocation(of: DateToken.self, capacity: range.count) { tokens in
            let count = write(bytes, range, into: tokens)
            return body(UnsafeBufferPointer(rebasing: tokens[..<count]))
        }
    }

    /// Writes the tokens of `bytes[range]` from the front of `tokens` (at least as long as the
    /// range) and gives how many it wrote.
    private static func write(
        _ bytes: [UInt8], _ range: Range<Int>, into tokens: UnsafeMutableBufferPointer<DateToken>
    ) -> Int {
        let calendarWords = Self.calendarWords
        var count = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let start = i
            if ByteClass.isDigit(b) {
                var value = 0
                while i < range.upperBound, ByteClass.isDigit(bytes[i]) {
                    if i - start < 9 { value = value * 10 + Int(bytes[i] - 0x30) }
                    i += 1
                }
                let digits = i - start
                // "13th September 2024": a day with its ordinal suffix is the day.
                if digits <= 2, let suffixEnd = ordinalSuffixEnd(bytes, at: i, limit: range.upperBound) {
                    i = suffixEnd
                }
                tokens.initializeElement(
                    at: count, to: DateToken(kind: .number(value: value, digits: digits), range: start..<i))
                count += 1
            } else if ByteClass.isLetter(b) || b >= 0x80 {
                if b == 0xE2 {
                    i += 3
                    tokens.initializeElement(
                        at: count, to: DateToken(kind: .mark(0x2D), range: start..<min(i, range.upperBound)))
                    count += 1
                    continue
                }
                while i < range.upperBound, ByteClass.isLetter(bytes[i]) || (bytes[i] >= 0x80 && bytes[i] != 0xE2) {
                    i += 1
                }
                let word = calendarWords.value(for: bytes[start..<i])
                let kind = Kind.word(month: word?.month, weekday: word?.weekday)
                tokens.initializeElement(at: count, to: DateToken(kind: kind, range: start..<i))
                count += 1
            } else {
                i += 1
                if !ByteClass.isSpace(b) {
                    tokens.initializeElement(at: count, to: DateToken(kind: .mark(b), range: start..<i))
                    count += 1
                }
            }
        }
        return count
    }

    /// The end of "st", "nd", "rd" or "th" (any case) at `index` when a word ends there.
    private static func ordinalSuffixEnd(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
        guard index + 2 <= limit else { return nil }
        let pair = (bytes[index] | 0x20, bytes[index + 1] | 0x20)
        let isSuffix =
            pair == (0x73, 0x74) || pair == (0x6E, 0x64) || pair == (0x72, 0x64) || pair == (0x74, 0x68)
        guard isSuffix, index + 2 == limit || !ByteClass.isLetter(bytes[index + 2]) else { return nil }
        return index + 2
    }
}
