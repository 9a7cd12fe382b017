import ArgumentParser
import Extraction
import Foundation

/// `sectrack dates`: prints every date expression of plain-text files with its value.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Print every date expression in plain text, with its normalised value.",
        discussion: """
            Each expression is one JSON object per line: path, offset and length (UTF-8 bytes
            into the input as read), text, and value (YYYY, YYYY-MM, YYYY-MM-DD or null); a
            range also has end. Relative expressions ("Tuesday", "last month") resolve against
            --published, else against the publication date read from the text (dateline,
            byline, "Updated:" line or footer); those that count from another date ("three
            days later", "the following month") count from the last date mentioned before
            them. Quarters, halves and seasons are written as their year; decades and "now"
            are printed with value null.

            Examples:
              sectrack dates article.txt
              sectrack dates --published 2015-10-21 --format table article.txt
              echo "Talks open on Friday." | sectrack dates --published 2015-10-21 -
            """
    )

    @Option(help: ArgumentHelp("The publication date to resolve against, YYYY-MM-DD.", valueName: "date"))
    var published: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .ndjson

    @Argument(help: ArgumentHelp("Plain-text files to read; - reads standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one file, or - for standard input.") }
        if let published, publishedDay == nil {
            throw ValidationError("--published must be a date YYYY-MM-DD, not '\(published)'.")
        }
    }

    /// `--published` as a day, when given and valid.
    var publishedDay: Day? {
        guard let published, case .day(let day)? = PartialDate(iso: published) else { return nil }
        return day
    }

    func run() throws {
        var failed = false
        for path in files {
            let data: Data
            do {
                data =
                    try path == "-"
                    ? FileHandle.standardInput.readToEnd() ?? Data() : Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                FileHandle.standardError.write(
                    Data("sectrack: cannot read \(path): \(error.localizedDescription)\n".utf8))
                failed = true
                continue
            }
            FileHandle.standardOutput.write(Data(render(path: path, bytes: data).utf8))
        }
        if failed { throw ExitCode.failure }
    }

    /// The lines printed for one input.
    func render(path: String, bytes: Data) -> String {
        let tagger = DateTagger()
        let mentions = bytes.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return tagger.tag(utf8: buffer, published: publishedDay ?? Self.referenceDate(for: buffer))
        }
        var out = ""
        for mention in mentions {
            switch format {
            case .ndjson:
                out += "{\"path\": \(JSONText.quoted(path)), \"offset\": \(mention.range.lowerBound), "
                out += "\"length\": \(mention.range.count), \"text\": \(JSONText.quoted(mention.text)), "
                out += "\"value\": \(JSONText.quoted(mention.start?.description))"
                if let end = mention.end { out += ", \"end\": \(JSONText.quoted(end.description))" }
                out += "}\n"
            case .table:
                let value = mention.start.map { start in mention.end.map { "\(start)..\($0)" } ?? "\(start)" } ?? "-"
                let text = mention.text.replacingOccurrences(of: "\n", with: " ")
                out += "\(path)\t\(mention.range.lowerBound)\t\(mention.range.count)\t\(value)\t\(text)\n"
            }
        }
        return out
    }

    /// The publication date to use when `--published` is not given: the one the article
    /// metadata reader finds (dateline, byline, `Updated:` line or footer), or `nil`.
    static func referenceDate(for bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        MetadataReader.read(TextPreparer.prepare(Array(bytes), format: .plainText)).published
    }
}
