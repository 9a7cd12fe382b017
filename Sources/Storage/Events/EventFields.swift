import Extraction

/// The merged single-valued fields of an event: what the merger decides from its reports.
public struct EventFields: Hashable, Sendable {
    public var name: String?
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var start: PartialDate?
    public var end: PartialDate?
    /// Host city by its GeoNames English name.
    public var city: String?
    /// Host country, ISO 3166-1 alpha-2.
    public var country: String?

    public init(
        name: String? = nil, kind: MeetingKind, status: MeetingStatus, start: PartialDate? = nil,
        end: PartialDate? = nil, city: String? = nil, country: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.status = status
        self.start = start
        self.end = end
        self.city = city
        self.country = country
    }

    /// The fields as one report gives them: the start of an event seen once.
    public init(_ meeting: Meeting) {
        self.init(
            name: meeting.name, kind: meeting.kind, status: meeting.status, start: meeting.start, end: meeting.end,
            city: meeting.city, country: meeting.country)
    }
}
