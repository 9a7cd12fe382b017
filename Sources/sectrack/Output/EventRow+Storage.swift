import Storage

extension EventRow {
    /// The printed form of a listed event.
    init(_ item: EventListItem) {
        self.init(
            id: item.id.rawValue, start: item.fields.start?.description, end: item.fields.end?.description,
            status: item.fields.status.rawValue, kind: item.fields.kind.rawValue, name: item.fields.name,
            city: item.fields.city, country: item.fields.country, countries: item.countries,
            organizations: item.organizations, topics: item.topics, reports: item.reports, sources: item.sources,
            articles: item.articlePaths)
    }
}
