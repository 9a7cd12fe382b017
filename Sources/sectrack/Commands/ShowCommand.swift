import ArgumentParser
import Extraction
import Foundation
import Storage

/// `sectrack show ID`: one event with every report, its source, date and evidence.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one event: its fields and every report with its source, date and evidence.",
        discussion: """
            Examples:
              sectrack show 12
              sectrack show 12 --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The event id (the first column of `meetings`).")
    var id: Int64

    func run() throws {
        let event = try database.reading { db -> EventDetail? in
            guard let event = try EventStore(db).event(id: EventID(id)) else { return nil }
            let meetings = MeetingStore(db)
            let articles = ArticleStore(db)
            let reports = try event.reports.compactMap { id -> EventDetail.Report? in
                guard let stored = try meetings.meeting(id: id), let article = try articles.article(id: stored.article)
                else { return nil }
                return EventDetail.Report(
                    paths: article.paths, source: article.source, published: article.published?.description,
                    meeting: stored.meeting)
            }
            return EventDetail(event: event, reports: reports)
        }
        guard let event else { throw ValidationError("No event \(id): see `sectrack meetings` for the ids.") }
        try output.write { emit in
            switch output.resolvedFormat {
            case .json, .ndjson: try emit(event.json + "\n")
            case .csv:
                try emit(CSVText.record(EventRow.columns))
                try emit(event.row.csv)
            case .table: try emit(event.text)
            }
        }
    }
}

/// An event with its reports, as `show` prints it.
struct EventDetail {
    struct Report {
        let paths: [String]
        let source: String?
        let published: String?
        let meeting: Meeting
    }

    let event: Event
    let reports: [Report]

    var row: EventRow {
        let f = event.fields
        return EventRow(
            id: event.id.rawValue, start: f.start?.description, end: f.end?.description, status: f.status.rawValue,
            kind: f.kind.rawValue, name: f.name, city: f.city, country: f.country, countries: event.countries,
            organizations: event.organizations, topics: event.topics, reports: event.reports.count,
            sources: Array(Set(reports.compactMap(\.source))).sorted(), articles: event.articlePaths)
    }

    /// The event as a JSON object: the row's keys, then `reports`, each with its evidence.
    var json: String {
        let reportObjects = reports.map { report -> String in
            let m = report.meeting
            let evidence = m.evidence.map {
                "{\"field\": \(JSONText.quoted($0.field.rawValue)), \"value\": \(JSONText.quoted($0.value)), "
                    + "\"text\": \(JSONText.quoted($0.text)), \"offset\": \($0.span.offset), "
                    + "\"length\": \($0.span.length)}"
            }
            return "{\"paths\": [\(report.paths.map { JSONText.quoted($0) }.joined(separator: ", "))], "
                + "\"source\": \(JSONText.quoted(report.source)), \"published\": \(JSONText.quoted(report.published)), "
                + "\"kind\": \(JSONText.quoted(m.kind.rawValue)), \"status\": \(JSONText.quoted(m.status.rawValue)), "
                + "\"start\": \(JSONText.quoted(m.start?.description)), \"end\": \(JSONText.quoted(m.end?.description)), "
                + "\"city\": \(JSONText.quoted(m.city)), \"country\": \(JSONText.quoted(m.country)), "
                + "\"evidence\": [\(evidence.joined(separator: ", "))]}"
        }
        return String(row.json.dropLast()) + ", \"report_details\": [\(reportObjects.joined(separator: ", "))]}"
    }

    /// A readable page for the terminal, control characters stripped.
    var text: String {
        let r = row
        var lines = ["Event \(r.id): \(r.name ?? "(no name)")"]
        lines.append("  \(r.kind), \(r.status), \(r.tableCells[1]), \(r.tableCells[4])")
        if !r.countries.isEmpty { lines.append("  countries: \(r.countries.joined(separator: ", "))") }
        if !r.organizations.isEmpty { lines.append("  organizations: \(r.organizations.joined(separator: ", "))") }
        if !r.topics.isEmpty { lines.append("  topics: \(r.topics.joined(separator: ", "))") }
        for (index, report) in reports.enumerated() {
            let m = report.meeting
            lines.append("")
            lines.append(
                "Report \(index + 1): \(report.paths.joined(separator: ", "))"
                    + " (\(report.source ?? "source unknown"), published \(report.published ?? "unknown"))")
            let dates = m.start.map { s in m.end.map { "\(s)..\($0)" } ?? "\(s)" } ?? "undated"
            lines.append("  \(m.kind.rawValue), \(m.status.rawValue), \(dates), \(m.city ?? "-"), \(m.country ?? "-")")
            for evidence in m.evidence {
                lines.append(
                    "  \(evidence.field.rawValue) = \(evidence.value): \"\(evidence.text)\" @\(evidence.span.offset)")
            }
        }
        return lines.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }
}
