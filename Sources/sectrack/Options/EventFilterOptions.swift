import ArgumentParser
import Extraction
import Storage

/// The filters `meetings` and `timeline` share.
struct EventFilterOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A participating country: alpha-2, alpha-3, name or alias, any case (vn, VNM, Viet Nam). Repeat for all of several.",
            valueName: "country"))
    var country: [String] = []

    @Option(help: ArgumentHelp("Events ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(
        help: ArgumentHelp("Events starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(
        help: ArgumentHelp(
            "A topic id of topics.tsv (drug_trafficking, terrorism, ...). Repeatable.", valueName: "topic"))
    var topic: [String] = []

    @Option(help: ArgumentHelp("The host city, any case.", valueName: "city"))
    var city: String?

    @Option(help: ArgumentHelp("An organisation id of organizations.tsv (INTERPOL, ...). Repeatable.", valueName: "id"))
    var org: [String] = []

    @Option(help: "The kind of gathering.")
    var kind: MeetingKind?

    @Option(help: "held or scheduled.")
    var status: MeetingStatus?

    @Option(help: ArgumentHelp("Words that must all appear in an article reporting the event.", valueName: "words"))
    var text: String?

    func validate() throws {
        _ = try filter()
    }

    /// The storage filter these options describe.
    /// - throws: `ValidationError` for an unknown country (with the closest names) or a malformed date.
    func filter() throws -> EventFilter {
        let countries = country.isEmpty ? nil : CountryGazetteer.shared
        let codes = try country.map { query in
            guard let countries else { return query }
            guard let found = countries.resolve(query) else {
                let near = countries.suggestions(for: query)
                throw ValidationError(
                    "Unknown country '\(query)'."
                        + (near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"))
            }
            return found.alpha2
        }
        let topics = try Self.canonical(topic, among: topic.isEmpty ? [] : Topics().all.map(\.id), "topic")
        let organizations = try Self.canonical(
            org, among: org.isEmpty ? [] : Organizations().all.map(\.id), "organisation")
        return EventFilter(
            countries: codes, from: try Self.date(from, "--from"), to: try Self.date(to, "--to"), topics: topics,
            organizations: organizations, city: city, kind: kind, status: status, text: text)
    }

    /// Each of `values` as the vocabulary writes it (matched ignoring case), or an error that
    /// lists the vocabulary.
    private static func canonical(_ values: [String], among known: [String], _ noun: String) throws -> [String] {
        try values.map { value in
            guard let id = known.first(where: { $0.lowercased() == value.lowercased() }) else {
                throw ValidationError("Unknown \(noun) '\(value)'. Known: \(known.joined(separator: ", ")).")
            }
            return id
        }
    }

    private static func date(_ text: String?, _ option: String) throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(iso: text) else {
            throw ValidationError("\(option) '\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
        return date
    }
}

extension MeetingKind: ExpressibleByArgument {}
extension MeetingStatus: ExpressibleByArgument {}
