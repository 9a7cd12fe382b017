import Extraction

/// Which events a query wants. Every condition set must hold; an empty filter matches all.
///
///     var filter = EventFilter()
///     filter.countries = ["CN", "LA"]                 // both took part
///     filter.from = PartialDate(iso: "2016")          // overlapping 2016-01-01 ...
///     filter.to = PartialDate(iso: "2017-06")         // ... to 2017-06-30
///     filter.text = "drug trafficking"
///     let events = try EventStore(db).events(matching: filter)
public struct EventFilter: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 codes; each must be among the event's countries.
    public var countries: [String]
    /// The event must end on or after the first day this date covers (`2016` from 2016-01-01).
    /// Undated events never match a date bound.
    public var from: PartialDate?
    /// The event must start on or before the last day this date covers (`2016-02` to 2016-02-29).
    public var to: PartialDate?
    /// Topic ids; each must be among the event's topics.
    public var topics: [String]
    /// Organisation ids; each must be among the event's organisations.
    public var organizations: [String]
    /// Host city, compared without regard to ASCII case.
    public var city: String?
    public var kind: MeetingKind?
    public var status: MeetingStatus?
    /// Words that must all appear (any order, stemmed, case-insensitive) in the title or text
    /// of an article reporting the event. Taken as plain words: no query operators.
    public var text: String?
    /// At most this many events (the earliest in timeline order).
    public var limit: Int?

    public init(
        countries: [String] = [], from: PartialDate? = nil, to: PartialDate? = nil, topics: [String] = [],
        organizations: [String] = [], city: String? = nil, kind: MeetingKind? = nil, status: MeetingStatus? = nil,
        text: String? = nil, limit: Int? = nil
    ) {
        self.countries = countries
        self.from = from
        self.to = to
        self.topics = topics
        self.organizations = organizations
        self.city = city
        self.kind = kind
        self.status = status
        self.text = text
        self.limit = limit
    }
}
