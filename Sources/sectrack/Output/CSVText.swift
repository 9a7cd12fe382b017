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
        out.reserveCapacity(fields.reduce(fields.count + 2) { $0 + $1.utf8.count })
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            append(field, to: &out)
        }
        out += "\r\n"
        return out
    }

    /// One field, neutralised and quoted as needed.
    static func field(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// List fields are joined with `;`.
    static func list(_ values: [String]) -> String {
        values.joined(separator: ";")
    }

    /// Appends `value` as one field: a leading quote mark when it starts like a formula, the
    /// whole in double quotes (inner ones doubled) when it holds a comma, a quote, CR or LF.
    private static func append(_ value: String, to out: inout String) {
        let neutralised = value.utf8.first.map(isFormulaLead) ?? false
        guard value.utf8.contains(where: needsQuotes) else {
            if neutralised { out += "'" }
            out += value
            return
        }
        out += neutralised ? "\"'" : "\""
        var rest = value[...]
        while let quote = rest.utf8.firstIndex(of: UInt8(ascii: "\"")) {
            out += rest[..<quote]
            out += "\"\""
            rest = rest[rest.utf8.index(after: quote)...]
        }
        out += rest
        out += "\""
    }

    /// `=`, `+`, `-`, `@`, tab, CR.
    private static func isFormulaLead(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: true
        default: false
        }
    }

    /// `,`, `"`, CR, LF.
    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x22, 0x0D, 0x0A: true
        default: false
        }
    }
}
