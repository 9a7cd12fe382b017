/// Writes JSON text by hand, fast and with keys in the order given.
enum JSONText {
    /// `value` as a JSON string literal, quotes included (RFC 8259 escapes).
    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        appendQuoted(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` quoted, or `null`.
    static func quoted(_ value: String?) -> String {
        value.map { quoted($0) } ?? "null"
    }

    /// Appends `value` as a JSON string literal to the UTF-8 bytes `out`: plain runs are copied
    /// whole, and only quotes, backslashes and control characters are escaped.
    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0, to: &out) }) != nil { return }
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// Appends `value` quoted, or `null`.
    static func appendQuoted(_ value: String?, to out: inout [UInt8]) {
        if let value { appendQuoted(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    private static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
            appendRun(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), to: &out)
            appendEscape(byte, to: &out)
            runStart = index + 1
        }
        appendRun(UnsafeBufferPointer(rebasing: bytes[runStart...]), to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes`: short runs (most values) byte by byte, which costs less than the general
    /// bulk append.
    @inline(__always)
    private static func appendRun(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        if bytes.count <= 16 {
            for byte in bytes { out.append(byte) }
        } else {
            out.append(contentsOf: bytes)
        }
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: out.append(UInt8(ascii: "\""))
        case 0x5C: out.append(UInt8(ascii: "\\"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: "u00".utf8)
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
    }

    /// Appends the decimal digits of `value`.
    static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            append(value.magnitude, to: &out)
        } else {
            append(value.magnitude, to: &out)
        }
    }

    private static func append(_ value: UInt, to out: inout [UInt8]) {
        if value >= 10 { append(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of a literal piece of JSON syntax.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
