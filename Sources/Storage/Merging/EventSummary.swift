import Extraction

/// The fields of one event, combined from all its reports, each with its support.
///
/// - dates: the most precise start any report gives (the most supported among equally precise
///   ones, then the earliest), and the end most reports with that start give;
/// - host: the city and the country most reports give (a city's spelling: its most common one);
/// - kind and name: the most common;
/// - status: `held` as soon as one report saw it held;
/// - countries, organisations, topics: the union, each with its support.
///
/// The result depends only on the set of reports, not on their order.
public struct EventSummary: Sendable {
    public let start: Supported<PartialDate>?
    public let end: Supported<PartialDate>?
    public let city: Supported<String>?
    public let country: Supported<String>?
    public let kind: Supported<MeetingKind>
    public let name: Supported<String>?
    public let status: MeetingStatus
    /// How many reports the event has.
    public let reports: Int
    /// The reports' meetings, for the lists: counted when asked for, since the merger keeps an
    /// event's lists by increments and never needs them.
    private let meetings: [Meeting]

    /// Participating countries, alphabetical.
    public var countries: [Supported<String>] { Self.union(meetings.flatMap(\.countries)) }
    /// Participating organisations, alphabetical.
    public var organizations: [Supported<String>] { Self.union(meetings.flatMap(\.organizations)) }
    /// Topics, alphabetical.
    public var topics: [Supported<String>] { Self.union(meetings.flatMap(\.topics)) }

    /// Combines the meetings of one event's reports; `meetings` must not be empty.
    public init(_ meetings: [Meeting]) {
        precondition(!meetings.isEmpty, "an event has at least one report")
        self.meetings = meetings
        reports = meetings.count
        let start = Self.mostPrecise(meetings.compactMap(\.start))
        self.start = start
        let first = start?.value.firstDay
        let ends = meetings.filter { $0.start == start?.value }.compactMap(\.end)
        end = Self.mostPrecise(ends.filter { end in first.map { end.lastDay >= $0 } ?? true })
        country = meetings.compactMap(\.country).tallied().first
        city = Self.mostCommonPlace(meetings.compactMap(\.city))
        let kinds = meetings.map(\.kind.rawValue).tallied()
        kind = Supported(MeetingKind(rawValue: kinds[0].value)!, support: kinds[0].support)
        name = meetings.compactMap(\.name).tallied().first
        status = meetings.contains { $0.status == .held } ? .held : .scheduled
    }

    /// Every value of a list with its support, alphabetical.
    private static func union(_ values: [String]) -> [Supported<String>] {
        values.tallied().sorted { $0.value < $1.value }
    }

    /// The most precise of the dates; among equally precise ones the most supported, then the earliest.
    private static func mostPrecise(_ dates: [PartialDate]) -> Supported<PartialDate>? {
        if dates.count == 1 { return Supported(dates[0], support: 1) }
        guard let precision = dates.map(\.precision).max() else { return nil }
        var counts: [PartialDate: Int] = [:]
        for date in dates where date.precision == precision { counts[date, default: 0] += 1 }
        return counts.map { Supported($0.key, support: $0.value) }
            .min { ($1.support, $0.value) < ($0.support, $1.value) }
    }

    /// The city most reports name (spellings that compare equal count together), in its most
    /// common spelling.
    private static func mostCommonPlace(_ names: [String]) -> Supported<String>? {
        if names.count == 1 { return Supported(names[0], support: 1) }
        let byKey = Dictionary(grouping: names, by: CityKey.of)
        let best = byKey.min { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        guard let spellings = best?.value, let spelling = spellings.tallied().first else { return nil }
        return Supported(spelling.value, support: spellings.count)
    }
}
