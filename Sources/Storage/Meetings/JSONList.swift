/// A meeting's list of countries, organisations or topics as its `meetings` column holds it: a
/// JSON array of strings, sorted, without repeats, which SQL reads back with `json_each`.
///
///     JSONList.text(["VN", "LA", "VN"])   // ["LA","VN"]
///
/// See <https://www.sqlite.org/json1.html#jeach>.
enum JSONList {
    /// The JSON text for `values`, sorted and without repeats.
    static func text(_ values: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        var previous: String?
        for value in values.sorted() where value != previous {
            if previous != nil { bytes.append(UInt8(ascii: ",")) }
            previous = value
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
                case 0..<0x20: bytes += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
