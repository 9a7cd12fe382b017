/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a
/// field quoted when it holds a comma, a quote, CR or LF, quotes inside doubled.
///
/// A field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or CR) is neutralised with a leading single quote, so opening an export of hostile article
/// text cannot run anything.
///
///     CSVText.record(["a,b", "=1+1", "plain"])   // "\"a,b\",'=1+1,plain\r\n"
enum CSVText {
    /// One record, CRLF included.
    static func record(_ fields: [String]) -> String {
        var out = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            out += self.field(field)
        }
        out += "\r\n"
        return out
    }

    /// One field, neutralised and quoted as needed.
    static func field(_ value: String) -> String {
        var text = value
        if let first = value.utf8.first, formulaLeads.contains(first) { text = "'" + value }
        guard text.utf8.contains(where: { needsQuotes.contains($0) }) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        out += "\""
        return out
    }

    /// List fields are joined with `;`.
    static func list(_ values: [String]) -> String {
        values.joined(separator: ";")
    }

    /// `=`, `+`, `-`, `@`, tab, CR.
    private static let formulaLeads: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
    /// `,`, `"`, CR, LF.
    private static let needsQuotes: Set<UInt8> = [0x2C, 0x22, 0x0D, 0x0A]
}
