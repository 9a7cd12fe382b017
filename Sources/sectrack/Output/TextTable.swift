/// Aligned columns for a terminal, fitted to its width.
///
/// Cells are stripped of control characters. When the rows do not fit, the widest columns
/// give up space first (never below ``minimumWidth``) and cells that no longer fit end with `…`.
///
///     TextTable(header: ["id", "name"], rows: [["1", "Mekong dialogue"]]).render(width: 80)
struct TextTable {
    let header: [String]
    let rows: [[String]]
    /// Columns never shrink below this many terminal columns (or their header, if shorter).
    static let minimumWidth = 6
    static let gap = "  "

    init(header: [String], rows: [[String]]) {
        self.header = header.map(TerminalText.sanitized)
        self.rows = rows.map { $0.map(TerminalText.sanitized) }
    }

    /// The table, one line per row after the header, each line at most `width` columns wide
    /// (unless even the minimum column widths do not fit).
    func render(width: Int) -> String {
        let widths = fitted(natural(), into: width)
        var out = ""
        for row in [header] + rows {
            var line = ""
            for (index, cell) in row.enumerated() where index < widths.count {
                let text = TerminalText.truncated(cell, to: widths[index])
                line += text
                if index < widths.count - 1 {
                    line += String(repeating: " ", count: widths[index] - TerminalText.width(text)) + Self.gap
                }
            }
            out += line + "\n"
        }
        return out
    }

    private func natural() -> [Int] {
        var widths = header.map(TerminalText.width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalText.width(cell))
            }
        }
        return widths
    }

    /// Shrinks the widest column one step at a time until the line fits.
    private func fitted(_ natural: [Int], into width: Int) -> [Int] {
        var widths = natural
        let floors = natural.map { min($0, Self.minimumWidth) }
        var total = widths.reduce(0, +) + Self.gap.count * max(0, widths.count - 1)
        while total > width {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] })
            else { break }
            widths[widest] -= 1
            total -= 1
        }
        return widths
    }
}
