import ArgumentParser
import Foundation

/// The `--format` and `--output` options of the query commands, and where their text goes.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format (default: table on a terminal, else ndjson).")
    var format: RecordFormat?

    @Option(
        name: .customLong("output"),
        help: ArgumentHelp("Write to this file (atomically: a temporary file, then a rename).", valueName: "file"))
    var outputPath: String?

    /// The format asked for, else `table` when writing to a terminal, else `ndjson`.
    var resolvedFormat: RecordFormat {
        if let format { return format }
        return outputPath == nil && Terminal.isTerminal(STDOUT_FILENO) ? .table : .ndjson
    }

    /// The width a table may take: the terminal's when printing to one, else unlimited.
    var tableWidth: Int {
        outputPath == nil ? Terminal.columns(STDOUT_FILENO) ?? Int.max : Int.max
    }

    /// Runs `body`, sending what it emits to `--output` (atomically) or to standard output.
    func write(_ body: (_ emit: (String) throws -> Void) throws -> Void) throws {
        if let outputPath {
            try AtomicFile(path: outputPath).write(body)
        } else {
            var buffer = ""
            try body { text in
                buffer += text
                if buffer.utf8.count >= 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            FileHandle.standardOutput.write(Data(buffer.utf8))
        }
    }
}
