/// A calendar date known to a given precision: a year, a month of a year, or a day.
///
/// News text often says only "in March" or "in 2015"; the value keeps exactly what
/// is known, so a month is never invented as the first day of that month.
///
///     PartialDate(year: 2015, month: 10, day: 23)?.description   // "2015-10-23"
///     PartialDate.month(year: 2015, month: 10).description         // "2015-10"
public enum PartialDate: Hashable, Sendable {
    case year(Int)
    case month(year: Int, month: Int)
    case day(Day)

    /// Builds a date of the precision the arguments give; `nil` when a part is out of range.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        switch (month, day) {
        case (nil, nil): self = .year(year)
        case (let m?, nil):
            guard (1...12).contains(m) else { return nil }
            self = .month(year: year, month: m)
        case (let m?, let d?):
            guard let value = Day(year: year, month: m, day: d) else { return nil }
            self = .day(value)
        case (nil, .some): return nil
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // Digits and dashes only, read on bytes: the timeline reads thousands of these.
        var parts: [Int] = []
        parts.reserveCapacity(3)
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, parts.count < 2 else { return nil }
                parts.append(value)
                value = 0
                digits = 0
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 9 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        parts.append(value)
        self.init(
            year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    public var year: Int {
        switch self {
        case .year(let y): y
        case .month(let y, _): y
        case .day(let d): d.year
        }
    }

    /// The first day the value covers (`2015-10` covers from `2015-10-01`).
    public var firstDay: Day {
        switch self {
        case .year(let y): Day(year: y, month: 1, day: 1)!
        case .month(let y, let m): Day(year: y, month: m, day: 1)!
        case .day(let d): d
        }
    }

    /// The last day the value covers (`2015-10` covers up to `2015-10-31`).
    public var lastDay: Day {
        switch self {
        case .year(let y): Day(year: y, month: 12, day: 31)!
        case .month(let y, let m): Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        case .day(let d): d
        }
    }

    /// Whether the two values share at least one day.
    public func overlaps(_ other: PartialDate) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    /// 0 for a year, 1 for a month, 2 for a day: higher is more precise.
    public var precision: Int {
        switch self {
        case .year: 0
        case .month: 1
        case .day: 2
        }
    }
}

extension PartialDate: CustomStringConvertible {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the annotation contract writes dates.
    public var description: String {
        switch self {
        case .year(let y): dateText(y)
        case .month(let y, let m): dateText(y, m)
        case .day(let d): d.description
        }
    }
}

extension PartialDate: Comparable {
    /// Orders by first day, then the less precise first, so a month sorts at its start.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.precision < rhs.precision
    }
}

/// `year`, `year-month` or `year-month-day` (a day only with a month) with the digits
/// zero-padded to 4, 2 and 2, written straight into one string: dates are written for every
/// gathering and every line of output, and interpolating padded parts costs some thousand
/// instructions a date.
func dateText(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
    guard (0..<10_000).contains(year), (0..<100).contains(month ?? 0), (0..<100).contains(day ?? 0) else {
        return ([pad(year, 4)] + [month, day].compactMap { $0.map { pad($0, 2) } }).joined(separator: "-")
    }
    let count = day != nil ? 10 : month != nil ? 7 : 4
    return String(unsafeUninitializedCapacity: count) { buffer in
        func put(_ value: Int, width: Int, at start: Int) {
            var rest = value
            for position in (start..<start + width).reversed() {
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(year, width: 4, at: 0)
        if let month {
            buffer[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
        }
        if let day {
            buffer[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
        }
        return count
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
