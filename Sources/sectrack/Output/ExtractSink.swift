import Extraction

/// Writes `extract` results as they come (JSON lines and arrays stream; a table waits for
/// all rows so its columns line up).
struct ExtractSink {
    let format: ExtractFormat
    let evidence: Bool
    /// The terminal width a table is fitted to.
    let width: Int
    /// Receives the output text, piece by piece.
    let emit: (String) -> Void
    private var count = 0
    private var rows: [[String]] = []
    private var evidenceRows: [[String]] = []

    init(format: ExtractFormat, evidence: Bool, width: Int, emit: @escaping (String) -> Void) {
        self.format = format
        self.evidence = evidence
        self.width = width
        self.emit = emit
    }

    /// Adds one article's results.
    mutating func add(path: String, _ result: ArticleExtraction) {
        switch format {
        case .ndjson:
            emit(ExtractionJSON.object(path: path, result) + "\n")
        case .json:
            emit((count == 0 ? "[\n" : ",\n") + ExtractionJSON.object(path: path, result))
        case .table:
            rows += ExtractionTable.rows(path: path, result)
            if evidence { evidenceRows += ExtractionTable.evidenceRows(path: path, result) }
        }
        count += 1
    }

    /// Closes the JSON array or prints the tables.
    func finish() {
        switch format {
        case .ndjson:
            break
        case .json:
            emit(count == 0 ? "[]\n" : "\n]\n")
        case .table:
            var out = TextTable(header: ExtractionTable.header, rows: rows).render(width: width)
            if evidence {
                out += "\n" + TextTable(header: ExtractionTable.evidenceHeader, rows: evidenceRows).render(width: width)
            }
            emit(out)
        }
    }
}
