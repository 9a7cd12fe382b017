/// One merged event as the query commands print it.
struct EventRow: Equatable {
    var id: Int64
    var start: String?
    var end: String?
    var status: String
    var kind: String
    var name: String?
    var city: String?
    var country: String?
    var countries: [String]
    var organizations: [String]
    var topics: [String]
    /// How many reports (article meetings) the event has.
    var reports: Int
    /// The outlets of its reports, sorted, without repeats.
    var sources: [String]
    /// The paths of its reports' articles as given to `ingest`.
    var articles: [String]

    /// The CSV columns, in order.
    static let columns = [
        "id", "start", "end", "status", "kind", "name", "city", "country", "countries", "organizations", "topics",
        "reports", "sources",
    ]

    /// The CSV record (CRLF included).
    var csv: String {
        CSVText.record([
            String(id), start ?? "", end ?? "", status, kind, name ?? "", city ?? "", country ?? "",
            CSVText.list(countries), CSVText.list(organizations), CSVText.list(topics), String(reports),
            CSVText.list(sources),
        ])
    }

    /// One JSON object on one line, keys in column order, then `articles`.
    var json: String {
        var out = "{\"id\": \(id), \"start\": \(JSONText.quoted(start)), \"end\": \(JSONText.quoted(end)), "
        out += "\"status\": \(JSONText.quoted(status)), \"kind\": \(JSONText.quoted(kind)), "
        out += "\"name\": \(JSONText.quoted(name)), \"city\": \(JSONText.quoted(city)), "
        out += "\"country\": \(JSONText.quoted(country)), \"countries\": \(Self.array(countries)), "
        out += "\"organizations\": \(Self.array(organizations)), \"topics\": \(Self.array(topics)), "
        out += "\"reports\": \(reports), \"sources\": \(Self.array(sources)), \"articles\": \(Self.array(articles))}"
        return out
    }

    /// The cells of a table line: id, dates, status, kind, place, countries, name.
    var tableCells: [String] {
        let dates = start.map { s in end.map { $0 == s ? s : "\(s)..\($0)" } ?? s } ?? "-"
        let place = [city, country].compactMap { $0 }.joined(separator: ", ")
        return [
            String(id), dates, status, kind, place.isEmpty ? "-" : place, countries.joined(separator: ","),
            String(reports), name ?? "-",
        ]
    }

    static let tableHeader = ["ID", "DATES", "STATUS", "KIND", "PLACE", "COUNTRIES", "REPORTS", "NAME"]

    private static func array(_ values: [String]) -> String {
        "[" + values.map { JSONText.quoted($0) }.joined(separator: ", ") + "]"
    }
}
