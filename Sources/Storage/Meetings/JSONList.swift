/// A meeting's list of countries, organisations or topics as its `meetings` column holds it: a
/// JSON array of strings, sorted, without repeats, which SQL reads back with `json_each`.
///
///     JSONList.text(["VN", "LA", "VN"])   // ["LA","VN"]
///
/// See <https://www.sqlite.org/json1.html#jeach>.
enum JSONList {
    /// The JSON text for `values`, sorted and without repeats.
    static func text(_ values: [String]) -> String {
        // Extraction hands lists over sorted without repeats: then nothing is sorted again.
        let ordered = zip(values, values.dropFirst()).allSatisfy { $0 < $1 } ? values : values.sorted()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ordered.reduce(2) { $0 + $1.utf8.count + 3 })
        bytes.append(UInt8(ascii: "["))
        var previous: String?
        for var value in ordered where value != previous {
            if previous != nil { bytes.append(UInt8(ascii: ",")) }
            previous = value
            bytes.append(UInt8(ascii: "\""))
            value.withUTF8 { appendEscaped($0, to: &bytes) }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `utf8` with quotes, backslashes and control characters escaped.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
