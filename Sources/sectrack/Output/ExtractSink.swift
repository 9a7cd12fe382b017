import Extraction

/// Writes `extract` results as they come (JSON lines and arrays stream; a table waits for
/// all rows so its columns line up).
///
/// JSON is gathered in a buffer and handed to `emit` in pieces of about ``flushSize``
/// bytes, so a large corpus costs one write per piece, not one per article.
struct ExtractSink {
    let format: ExtractFormat
    let evidence: Bool
    /// The terminal width a table is fitted to.
    let width: Int
    /// Receives the output as UTF-8 bytes, piece by piece.
    let emit: ([UInt8]) -> Void
    /// The buffered JSON is emitted once it holds this many bytes.
    static let flushSize = 1 << 16
    private var count = 0
    private var buffer: [UInt8] = []
    private var rows: [[String]] = []
    private var evidenceRows: [[String]] = []

    init(format: ExtractFormat, evidence: Bool, width: Int, emit: @escaping ([UInt8]) -> Void) {
        self.format = format
        self.evidence = evidence
        self.width = width
        self.emit = emit
    }

    /// Adds one article's results.
    mutating func add(path: String, _ result: ArticleExtraction) {
        switch format {
        case .ndjson:
            ExtractionJSON.append(path: path, result, to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
        case .json:
            buffer += (count == 0 ? "[\n" : ",\n").utf8
            ExtractionJSON.append(path: path, result, to: &buffer)
        case .table:
            rows += ExtractionTable.rows(path: path, result)
            if evidence { evidenceRows += ExtractionTable.evidenceRows(path: path, result) }
        }
        count += 1
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Closes the JSON array or prints the tables, and emits all that is left.
    mutating func finish() {
        switch format {
        case .ndjson:
            break
        case .json:
            buffer += (count == 0 ? "[]\n" : "\n]\n").utf8
        case .table:
            var out = TextTable(header: ExtractionTable.header, rows: rows).render(width: width)
            if evidence {
                out += "\n" + TextTable(header: ExtractionTable.evidenceHeader, rows: evidenceRows).render(width: width)
            }
            buffer.append(contentsOf: out.utf8)
        }
        flush()
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        emit(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
