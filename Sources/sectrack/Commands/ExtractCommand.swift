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

    @Argument(
        help: ArgumentHelp("Article files (.txt, .html, .htm) or folders; - reads standard input.", valueName: "path"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file, or - for standard input.") }
        if evidence && format != .table { throw ValidationError("--evidence goes with --format table.") }
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
        let extractor = Extractor()
        var failed = false
        for item in InputWalker(arguments: files) {
            let path: String
            switch item {
            case .file(let file): path = file
            case .standardInput: path = "-"
            case .skipped: continue
            }
            switch read(path) {
            case .success(let bytes):
                sink.add(path: path, extractor.extract(bytes, format: inputFormat(of: path)))
            case .failure(let reason):
                failure("\(path): \(reason)")
                failed = true
            }
        }
        sink.finish()
        return failed
    }

    private func read(_ path: String) -> Result<[UInt8], ArticleFile.Failure> {
        path == "-" ? ArticleFile.readStandardInput() : ArticleFile.read(path)
    }

    /// HTML for `.html`/`.htm` files and for standard input with `--html`; otherwise the
    /// extractor decides from the bytes.
    private func inputFormat(of path: String) -> InputFormat? {
        path == "-" ? (html ? .html : nil) : InputFormat.named(by: path)
    }
}
