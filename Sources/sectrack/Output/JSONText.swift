/// Writes JSON text by hand, fast and with keys in the order given.
enum JSONText {
    /// `value` as a JSON string literal, quotes included (RFC 8259 escapes).
    static func quoted(_ value: String) -> String {
        var out = ""
        appendQuoted(value, to: &out)
        return out
    }

    /// `value` quoted, or `null`.
    static func quoted(_ value: String?) -> String {
        value.map { quoted($0) } ?? "null"
    }

    /// Appends `value` as a JSON string literal to `out`: plain runs are copied whole, and
    /// only quotes, backslashes and control characters are escaped.
    static func appendQuoted(_ value: String, to out: inout String) {
        out.append("\"")
        let bytes = value.utf8
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                out.append(contentsOf: Substring(bytes[runStart..<index]))
                out.append(escape(byte))
                runStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        out.append(contentsOf: Substring(bytes[runStart..<bytes.endIndex]))
        out.append("\"")
    }

    /// Appends `value` quoted, or `null`.
    static func appendQuoted(_ value: String?, to out: inout String) {
        if let value { appendQuoted(value, to: &out) } else { out.append("null") }
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = Array("0123456789abcdef".utf8)
            return "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
        }
    }
}
