import ArgumentParser
import Extraction
import Foundation
import Storage

/// `sectrack ingest`: stores articles with their meetings and merges the meetings into events.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles and merge the meetings they report into events.",
        discussion: """
            Reads files, folders (recursively: .txt, .html and .htm files; others are skipped and
            counted) and standard input (-). An article is known by the hash of its content: the
            same article again, under any path, changes nothing but remembers the path. Each
            article lands in one transaction with its meetings and event links, so an interrupted
            run leaves a sound database and running it again completes the work.

            A file that is empty, binary, a dangling link, unreadable or larger than 16 MiB gets
            one line on stderr; the others still land. Exit status 1 when any file failed.

            Examples:
              sectrack ingest corpus/
              cat article.txt | sectrack ingest -
              sectrack ingest --reextract
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Re-run extraction over stored articles an older extractor read (no files needed).")
    var reextract = false

    @Option(help: "Extraction workers (default: one per core).")
    var jobs: Int?

    @Argument(help: ArgumentHelp("Article files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if reextract && !paths.isEmpty { throw ValidationError("--reextract reads stored articles: give no paths.") }
        if !reextract && paths.isEmpty { throw ValidationError("Give at least one file, folder or -.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        if reextract {
            let count = try DatabaseFailure.reporting(path: database.path) {
                let db = try Database(path: database.path, configuration: .init(busyTimeout: .seconds(30)))
                defer { db.close() }
                _ = try Schema.prepare(db)
                return try Reextraction(db: db).run()
            }
            if !database.quiet {
                Self.say("\(count) articles re-extracted with extractor version \(Extractor.version)")
            }
            return
        }
        let showProgress = !database.quiet && Terminal.isTerminal(STDERR_FILENO)
        let bar = showProgress ? ProgressBar(total: Self.countFiles(paths)) : nil
        let pipeline = IngestPipeline(
            databasePath: database.path, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let summary = try pipeline.run(
            InputWalker(arguments: paths),
            failure: { line in
                bar?.finish()
                Self.say("sectrack: \(line)")
            },
            progress: { bar?.update($0) })
        bar?.finish()
        if !database.quiet { Self.say(summary.description) }
        if summary.failed > 0 { throw ExitCode.failure }
    }

    /// How many files the walk will produce (counted without keeping them), for the progress bar.
    private static func countFiles(_ paths: [String]) -> Int? {
        paths.contains("-") ? nil : InputWalker(arguments: paths).reduce(0) { count, _ in count + 1 }
    }

    private static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
