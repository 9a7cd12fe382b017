/// The parts of a prepared article that metadata reads: the lines above the body (site
/// name, headline, byline), the first body paragraph (dateline), and the lines after the
/// last body paragraph (footer).
struct ArticleLayout {
    let bytes: [UInt8]
    /// Non-blank lines, in order.
    let lines: [Range<Int>]
    /// Lines before the first body paragraph.
    let headerLines: ArraySlice<Range<Int>>
    /// Bit `i` set when line `i` of `headerLines` writes a date.
    let datedHeaderLines: UInt16
    /// The first date with a year the header lines write.
    let headerYearDate: BylineDate?
    /// The first line that reads like body prose.
    let firstBody: Range<Int>?
    /// Lines after the last body paragraph.
    let footerLines: ArraySlice<Range<Int>>

    /// At most this many lines are read above the body (one bit each in `datedHeaderLines`)
    /// and below it.
    private static let headerLimit = 15
    private static let footerLimit = 6
    private static let byPrefix = Array("by ".utf8)

    /// The layout of `bytes`, whose non-blank lines are `lines`.
    init(_ bytes: [UInt8], lines: [Range<Int>]) {
        self.bytes = bytes
        self.lines = lines
        let (firstIndex, lastIndex) = bytes.withUnsafeBufferPointer { buffer in
            let isBody = { (index: Int) in LineFeatures.isBodyLike(UnsafeBufferPointer(rebasing: buffer[lines[index]]))
            }
            let first = lines.indices.first(where: isBody)
            return (first, first == nil ? nil : lines.indices.last(where: isBody))
        }
        let first = firstIndex ?? lines.count
        let last = lastIndex ?? lines.count - 1
        headerLines = lines[..<min(first, Self.headerLimit)]
        // A line is read only as far as its first date, or its first with a year while none is known.
        var dated: UInt16 = 0
        var yearDate: BylineDate?
        for (offset, line) in headerLines.enumerated() {
            BylineDateParser.forEachDate(in: bytes, line) { date in
                dated |= 1 << offset
                if yearDate == nil, date.year != nil { yearDate = date }
                return yearDate == nil
            }
        }
        datedHeaderLines = dated
        headerYearDate = yearDate
        firstBody = firstIndex.map { lines[$0] }
        footerLines = lines[(last + 1)...].prefix(Self.footerLimit)
    }

    func dates(in line: Range<Int>) -> [BylineDate] { BylineDateParser.dates(in: bytes, line) }

    /// The dateline opening the first body paragraph, or standing alone on a line above it.
    var dateline: Dateline? {
        for line in headerLines where Dateline.mayFill(bytes, line: line) {
            if let found = Dateline.read(bytes, line: line), found.range.upperBound >= line.upperBound - 1,
                found.date != nil || found.source != nil
            {
                return found
            }
        }
        return firstBody.flatMap { Dateline.read(bytes, line: $0) }
    }

    /// The longest headline-like line above the body that is not a site name, byline or date.
    var title: String? {
        // The first of the longest candidates, kept as the lines go by.
        let longest = bytes.withUnsafeBufferPointer { buffer in
            var longest: Range<Int>?
            for (offset, line) in headerLines.enumerated()
            where datedHeaderLines & (1 << offset) == 0 && line.count > (longest?.count ?? -1) {
                let features = LineFeatures(UnsafeBufferPointer(rebasing: buffer[line]))
                if features.isHeadlineLike && features.wordCount >= 3 && features.hasLowercase
                    && !features.starts(with: Self.byPrefix)
                {
                    longest = line
                }
            }
            return longest
        }
        return longest.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The first weekday the lead paragraph names in full (`on Wednesday`).
    var leadWeekday: Int? {
        guard let lead = firstBody else { return nil }
        return DateToken.withTokens(bytes, lead) { tokens in
            for token in tokens {
                if case .word(_, let weekday?) = token.kind, token.range.count >= 6 {
                    return weekday
                }
            }
            return nil
        }
    }

    /// The latest plausible year written as four digits anywhere in the text, leaving out years
    /// in sentences that look ahead ("will hold the next meeting in 2024") when any other is
    /// written.
    var latestYearMentioned: Int? {
        var latest: Int?
        var latestPast: Int?
        var i = 0
        while i < bytes.count {
            guard ByteClass.isDigit(bytes[i]) else {
                i += 1
                continue
            }
            var j = i
            var value = 0
            while j < bytes.count, ByteClass.isDigit(bytes[j]), j - i < 5 {
                value = value * 10 + Int(bytes[j] - 0x30)
                j += 1
            }
            if j - i == 4, j >= bytes.count || !ByteClass.isDigit(bytes[j]),
                BylineCalendarWords.plausibleYears.contains(value)
            {
                latest = max(latest ?? value, value)
                if !sentenceLooksAhead(around: i) { latestPast = max(latestPast ?? value, value) }
            }
            while j < bytes.count, ByteClass.isDigit(bytes[j]) { j += 1 }
            i = j
        }
        return latestPast ?? latest
    }

    /// Whether the sentence around byte `index` speaks of the future (`YearGuess.futureWords`).
    private func sentenceLooksAhead(around index: Int) -> Bool {
        var start = index
        while start > 0, bytes[start - 1] != UInt8(ascii: "."), bytes[start - 1] != 0x0A { start -= 1 }
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "."), bytes[end] != 0x0A { end += 1 }
        var word = start
        while word < end {
            guard ByteClass.isLetter(bytes[word]) else {
                word += 1
                continue
            }
            var after = word
            while after < end, ByteClass.isLetter(bytes[after]) { after += 1 }
            if YearGuess.futureWords.contains(where: { $0.elementsEqual(bytes[word..<after]) }) { return true }
            word = after
        }
        return false
    }
}
