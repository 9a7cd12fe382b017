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
        country = meetings.compactMap(\.country).mostSupported()
        city = Self.mostCommonPlace(meetings.compactMap(\.city))
        let kind = meetings.map(\.kind.rawValue).mostSupported()!
        self.kind = Supported(MeetingKind(rawValue: kind.value)!, support: kind.support)
        name = meetings.compactMap(\.name).mostSupported()
        status = meetings.contains { $0.status == .held } ? .held : .scheduled
    }

    /// The fields of an event `meeting` alone reports, as ``init(_:)`` sums them up: its own,
    /// but for an end before its start, which is dropped. Made without counting anything, for
    /// the many events of one report.
    static func fields(ofOnly meeting: Meeting) -> EventFields {
        var end = meeting.end
        if let last = end?.lastDay, let first = meeting.start?.firstDay, last < first { end = nil }
        return EventFields(
            name: meeting.name, kind: meeting.kind, status: meeting.status, start: meeting.start, end: end,
            city: meeting.city, country: meeting.country)
    }

    /// Every value of a list with its support, alphabetical.
    private static func union(_ values: [String]) -> [Supported<String>] {
        values.tallied().sorted { $0.value < $1.value }
    }

    /// The most precise of the dates; among equally precise ones the most supported, then the earliest.
    private static func mostPrecise(_ dates: [PartialDate]) -> Supported<PartialDate>? {
        if dates.count == 1 { return Supported(dates[0], support: 1) }
        guard let precision = dates.map(\.precision).max() else { return nil }
        return dates.filter { $0.precision == precision }.mostSupported()
    }

    /// The city most reports name (spellings that compare equal count together), in its most
    /// common spelling.
    private static func mostCommonPlace(_ names: [String]) -> Supported<String>? {
        if names.count == 1 { return Supported(names[0], support: 1) }
        let keys = names.map(CityKey.of)
        guard let best = keys.mostSupported() else { return nil }
        let spellings = zip(names, keys).filter { $0.1 == best.value }.map(\.0)
        guard let spelling = spellings.mostSupported() else { return nil }
        return Supported(spelling.value, support: best.support)
    }
}
