import ArgumentParser
import Extraction
import Foundation

/// `sectrack extract`: prints the meetings found in each article, one JSON object per file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the security-cooperation meetings of news articles.",
        discussion: """
            Prints one JSON object per file, in input order: path, published, source and
            meetings, each meeting with its fields and evidence (UTF-8 byte offsets into the file).

            Examples:
              sectrack extract article.txt
              sectrack extract --format table corpus/*.txt
            """
    )

    @Option(help: "Output format.")
    var format: OutputFormat = .ndjson

    @Argument(help: ArgumentHelp("Article files (.txt or .html).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file.") }
    }

    func run() throws {
        let extractor = Extractor()
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("sectrack: cannot read \(path)\n".utf8))
                failed = true
                continue
            }
            let format: InputFormat? =
                path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm")
                ? .html : nil
            let result = extractor.extract([UInt8](data), format: format)
            let line = self.format == .ndjson ? Self.json(path: path, result) : Self.table(path: path, result)
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        if failed { throw ExitCode.failure }
    }

    /// The object ANNOTATION.md section 4 describes, on one line.
    static func json(path: String, _ result: ArticleExtraction) -> String {
        let meetings = result.meetings.map { meeting -> String in
            let lists = { (values: [String]) in "[" + values.map { JSONText.quoted($0) }.joined(separator: ", ") + "]" }
            let evidence = meeting.evidence.map {
                "{\"field\": \(JSONText.quoted($0.field.rawValue)), \"value\": \(JSONText.quoted($0.value)), "
                    + "\"text\": \(JSONText.quoted($0.text)), \"offset\": \($0.span.offset), \"length\": \($0.span.length)}"
            }
            return "{\"name\": \(JSONText.quoted(meeting.name)), \"kind\": \(JSONText.quoted(meeting.kind.rawValue)), "
                + "\"status\": \(JSONText.quoted(meeting.status.rawValue)), "
                + "\"start\": \(JSONText.quoted(meeting.start?.description)), "
                + "\"end\": \(JSONText.quoted(meeting.end?.description)), \"city\": \(JSONText.quoted(meeting.city)), "
                + "\"country\": \(JSONText.quoted(meeting.country)), \"countries\": \(lists(meeting.countries)), "
                + "\"organizations\": \(lists(meeting.organizations)), \"topics\": \(lists(meeting.topics)), "
                + "\"evidence\": [\(evidence.joined(separator: ", "))]}"
        }
        return "{\"path\": \(JSONText.quoted(path)), \"published\": \(JSONText.quoted(result.published?.description)), "
            + "\"source\": \(JSONText.quoted(result.source)), \"meetings\": [\(meetings.joined(separator: ", "))]}\n"
    }

    /// One line per meeting: path, start, end, kind, city, countries, name.
    static func table(path: String, _ result: ArticleExtraction) -> String {
        result.meetings.map { meeting in
            [
                path, meeting.start?.description ?? "-", meeting.end?.description ?? "-", meeting.kind.rawValue,
                meeting.city ?? "-", meeting.countries.joined(separator: ","), meeting.name ?? "-",
            ].joined(separator: "\t") + "\n"
        }.joined()
    }
}
