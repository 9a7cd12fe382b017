import ArgumentParser
import Foundation
import Storage

/// `sectrack search QUERY`: full-text search over the stored articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored articles' text; print snippets and the events each article reports.",
        discussion: """
            Every word must appear (stemmed, any case); query operators are not interpreted.

            Examples:
              sectrack search "telecom fraud"
              sectrack search drug trafficking --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "At most this many articles.")
    var limit = 20

    @Argument(help: "The words to look for.")
    var words: [String]

    func validate() throws {
        if words.isEmpty { throw ValidationError("Give the words to search for.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let query = words.joined(separator: " ")
        let hits = try database.reading { try ArticleSearch($0).search(query, limit: limit) }
        let colour = output.outputPath == nil && Terminal.isTerminal(STDOUT_FILENO)
        try output.write { emit in
            switch output.resolvedFormat {
            case .table:
                for hit in hits { try emit(Self.text(hit, colour: colour)) }
            case .json:
                try emit("[" + hits.map(Self.json).joined(separator: ",\n") + "]\n")
            case .ndjson:
                for hit in hits { try emit(Self.json(hit) + "\n") }
            case .csv:
                try emit(CSVText.record(["article", "paths", "title", "snippet", "events"]))
                for hit in hits {
                    try emit(
                        CSVText.record([
                            hit.article.description, CSVText.list(hit.paths), hit.title ?? "",
                            Self.marked(hit.snippet, start: "[", end: "]"),
                            CSVText.list(hit.events.map(\.description)),
                        ]))
                }
            }
        }
    }

    /// The snippet with its match markers replaced (after stripping control characters).
    static func marked(_ snippet: String, start: String, end: String) -> String {
        var out = ""
        for scalar in snippet.unicodeScalars {
            switch scalar {
            case "\u{2}": out += start
            case "\u{3}": out += end
            default: out += TerminalText.sanitized(String(scalar))
            }
        }
        return out
    }

    static func text(_ hit: ArticleSearch.Hit, colour: Bool) -> String {
        let events =
            hit.events.isEmpty ? "no events" : "events " + hit.events.map(\.description).joined(separator: ", ")
        let snippet = marked(hit.snippet, start: colour ? "\u{1B}[1m" : "[", end: colour ? "\u{1B}[0m" : "]")
        return TerminalText.sanitized("\(hit.paths.first ?? "?") (\(events))") + "\n  " + snippet + "\n"
    }

    static func json(_ hit: ArticleSearch.Hit) -> String {
        "{\"article\": \(hit.article.rawValue), \"paths\": [\(hit.paths.map { JSONText.quoted($0) }.joined(separator: ", "))], "
            + "\"title\": \(JSONText.quoted(hit.title)), "
            + "\"snippet\": \(JSONText.quoted(marked(hit.snippet, start: "[", end: "]"))), "
            + "\"events\": [\(hit.events.map(\.description).joined(separator: ", "))]}"
    }
}
