import ArgumentParser
import Extraction
import Foundation

/// `sectrack extract`: prints the meetings found in each article, without touching a database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the security-cooperation meetings of news articles.",
        discussion: """
            Prints one JSON object per input, in input order: path, published, source and
            meetings, each meeting with its fields and evidence (UTF-8 byte offsets into the
            file as read). A folder stands for its .txt, .html and .htm files, recursively
            (a long file list is faster given as its folder). No database is read or written. A file that cannot be read is
            reported on standard error and the others go on; the exit code is then 1.

            Examples:
              sectrack extract article.txt
              sectrack extract --format json corpus/ > meetings.json
              sectrack extract --format table --evidence story.html
              curl -s https://example.org/story | sectrack extract --html -
            """
    )

    @Option(help: "Output format: ndjson (one object per line), json (one array) or table.")
    var format: ExtractFormat = .ndjson

    @Flag(help: "With --format table, also print the text that supports every field.")
    var evidence = false

    @Flag(help: "Read standard input as an HTML page (files are told apart by their .html/.htm name).")
    var html = false

    @Option(help: "Articles extracted at once (default: one per core); the output keeps input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(
        help: ArgumentHelp("Article files (.txt, .html, .htm) or folders; - reads standard input.", valueName: "path"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or - for standard input.") }
        if evidence && format != .table { throw ValidationError("--evidence goes with --format table.") }
        if jobs < 1 { throw ValidationError("--jobs takes a number of 1 or more.") }
    }

    func run() throws {
        var sink = ExtractSink(format: format, evidence: evidence, width: Terminal.columns(STDOUT_FILENO) ?? Int.max) {
            FileHandle.standardOutput.write(Data($0))
        }
        let failed = extractAll(into: &sink) {
            FileHandle.standardError.write(Data("sectrack: \($0)\n".utf8))
        }
        if failed { throw ExitCode.failure }
    }

    /// Extracts every input into `sink` in input order and finishes it; reports each file that
    /// cannot be read to `failure` and returns whether any could not.
    func extractAll(into sink: inout ExtractSink, failure: (String) -> Void) -> Bool {
        var failed = false
        let extraction = ParallelExtraction(jobs: jobs, standardInputFormat: html ? .html : nil)
        extraction.run(InputWalker(arguments: files)) { outcome in
            switch outcome {
            case .extracted(let path, let result):
                sink.add(path: path, result)
            case .failed(let path, let reason):
                failure("\(path): \(reason)")
                failed = true
            }
        }
        sink.finish()
        return failed
    }
}
