/// The head noun an article uses for a gathering, as ANNOTATION.md lists them.
public enum MeetingKind: String, CaseIterable, Sendable, Codable {
    case meeting, dialogue, talks, consultation, conference, workshop, seminar, symposium
    case forum, summit, training, signing
}

/// Whether a meeting had taken place (or was under way) at publication, or was still to come.
public enum MeetingStatus: String, CaseIterable, Sendable, Codable {
    case held, scheduled
}

/// One specific security-cooperation gathering as one article reports it.
public struct Meeting: Hashable, Sendable {
    /// The title the text gives the meeting, if any.
    public var name: String?
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var start: PartialDate?
    public var end: PartialDate?
    /// Host city by its GeoNames English name.
    public var city: String?
    /// Host country, ISO 3166-1 alpha-2.
    public var country: String?
    /// Participating countries, ISO 3166-1 alpha-2, sorted, host included.
    public var countries: [String]
    /// Participating organisations, ids of `organizations.tsv`, sorted.
    public var organizations: [String]
    /// Agenda topics, ids of `topics.tsv`, sorted.
    public var topics: [String]
    /// The spans of text that support each value above.
    public var evidence: [Evidence]

    public init(
        name: String? = nil, kind: MeetingKind, status: MeetingStatus,
        start: PartialDate? = nil, end: PartialDate? = nil,
        city: String? = nil, country: String? = nil,
        countries: [String] = [], organizations: [String] = [], topics: [String] = [],
        evidence: [Evidence] = []
    ) {
        self.name = name
        self.kind = kind
        self.status = status
        self.start = start
        self.end = end
        self.city = city
        self.country = country
        self.countries = countries.sortedUnique()
        self.organizations = organizations.sortedUnique()
        self.topics = topics.sortedUnique()
        self.evidence = evidence
    }
}

extension Array where Element == String {
    /// Sorted, without repeats: the form every list field of a meeting takes.
    public func sortedUnique() -> [String] {
        // An empty list, as most meetings start with, or a single value is its own result,
        // without a sort's copy.
        guard count > 1 else { return self }
        // Lists hold a handful of values: sorting and dropping neighbours that repeat costs
        // less than hashing them all into a set.
        var out = sorted()
        var kept = 1
        for index in 1..<out.count where out[index] != out[kept - 1] {
            out[kept] = out[index]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }
}
