import Extraction

/// A merged event as stored: its fields, the union of its reports' lists, and where it was read.
public struct Event: Hashable, Sendable {
    public var id: EventID
    public var fields: EventFields
    /// Participating countries named by any report, ISO 3166-1 alpha-2, sorted.
    public var countries: [String]
    /// Participating organisations named by any report, sorted.
    public var organizations: [String]
    /// Topics named by any report, sorted.
    public var topics: [String]
    /// How many reports name each value of ``countries``, ``organizations`` and ``topics``
    /// (keys `.countries`, `.organizations`, `.topics`).
    public var reportCounts: [MeetingField: [String: Int]]
    /// The meetings that report it, by id.
    public var reports: [MeetingID]
    /// Every path of every article that reports it, as given to ingest, sorted.
    public var articlePaths: [String]

    public init(
        id: EventID, fields: EventFields, countries: [String], organizations: [String], topics: [String],
        reportCounts: [MeetingField: [String: Int]], reports: [MeetingID], articlePaths: [String]
    ) {
        self.id = id
        self.fields = fields
        self.countries = countries
        self.organizations = organizations
        self.topics = topics
        self.reportCounts = reportCounts
        self.reports = reports
        self.articlePaths = articlePaths
    }
}
