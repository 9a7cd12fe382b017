import Extraction

/// Writes `extract` results as they come (JSON lines and arrays stream; a table waits for
/// all rows so its columns line up).
///
/// JSON is written straight into one buffer and handed to `emit` in pieces of about
/// ``flushSize`` bytes, so a large corpus costs one write per piece, not one per article.
struct ExtractSink {
    let format: ExtractFormat
    let evidence: Bool
    /// The terminal width a table is fitted to.
    let width: Int
    /// Receives the output as UTF-8 bytes, piece by piece.
    let emit: (ArraySlice<UInt8>) -> Void
    /// The buffered JSON is emitted once it holds this many bytes.
    static let flushSize = 1 << 16
    private var count = 0
    /// Room for the JSON: its first `used` bytes are written, the rest is free.
    private var buffer = [UInt8](repeating: 0, count: 2 * flushSize)
    private var used = 0
    private var rows: [[String]] = []
    private var evidenceRows: [[String]] = []

    init(format: ExtractFormat, evidence: Bool, width: Int, emit: @escaping (ArraySlice<UInt8>) -> Void) {
        self.format = format
        self.evidence = evidence
        self.width = width
        self.emit = emit
    }

    /// Adds one article's results.
    mutating func add(path: String, _ result: ArticleExtraction) {
        switch format {
        case .ndjson:
            write {
                ExtractionJSON.write(path: path, result, to: &$0)
                $0.write("\n")
            }
        case .json:
            let first = count == 0
            write {
                $0.write(first ? "[\n" : ",\n")
                ExtractionJSON.write(path: path, result, to: &$0)
            }
        case .table:
            rows += ExtractionTable.rows(path: path, result)
            if evidence { evidenceRows += ExtractionTable.evidenceRows(path: path, result) }
        }
        count += 1
        if used >= Self.flushSize { flush() }
    }

    /// Closes the JSON array or prints the tables, and emits all that is left.
    mutating func finish() {
        switch format {
        case .ndjson:
            break
        case .json:
            let first = count == 0
            write { $0.write(first ? "[]\n" : "\n]\n") }
        case .table:
            var out = TextTable(header: ExtractionTable.header, rows: rows).render(width: width)
            if evidence {
                out += "\n" + TextTable(header: ExtractionTable.evidenceHeader, rows: evidenceRows).render(width: width)
            }
            emit(Array(out.utf8)[...])
        }
        flush()
    }

    /// Lets `body` write after the bytes held; the room is doubled until all it writes fits.
    private mutating func write(_ body: (inout JSONWriter) -> Void) {
        while true {
            let start = used
            let written = buffer.withUnsafeMutableBufferPointer {
                JSONWriter.write(into: UnsafeMutableBufferPointer(rebasing: $0[start...]), body)
            }
            if let written {
                used += written
                return
            }
            buffer += repeatElement(0, count: buffer.count)
        }
    }

    private mutating func flush() {
        guard used > 0 else { return }
        emit(buffer[..<used])
        used = 0
    }
}
