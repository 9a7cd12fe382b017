import Extraction

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
        let ordered = isAscending(values) ? values : values.sortedUnique()
        guard !ordered.isEmpty else { return "[]" }
        // Counted first, then written once into the string's own storage (a short list stays
        // a small string, with no allocation at all).
        var size = 1 + ordered.count
        for value in ordered { size += value.withUTF8Bytes(quotedSize) }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var writer = ByteWriter(buffer)
            writer.byte(UInt8(ascii: "["))
            for index in ordered.indices {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                ordered[index].withUTF8Bytes { writer.quoted($0) }
            }
            writer.byte(UInt8(ascii: "]"))
            return writer.count
        }
    }

    /// Whether each value sorts after the one before it.
    private static func isAscending(_ values: [String]) -> Bool {
        for index in values.indices.dropFirst() where !(values[index - 1] < values[index]) { return false }
        return true
    }

    /// The bytes ``ByteWriter/quoted(_:)`` writes for `utf8`.
    private static func quotedSize(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var size = utf8.count + 2
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            size += byte < 0x20 ? 5 : 1
        }
        return size
    }
}

extension ByteWriter {
    /// `utf8` in quotes, with quotes, backslashes and control characters escaped.
    fileprivate mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        var plain = 0
        for (index, character) in utf8.enumerated()
        where character < 0x20 || character == UInt8(ascii: "\"") || character == UInt8(ascii: "\\") {
            bytes(UnsafeBufferPointer(rebasing: utf8[plain..<index]))
            plain = index + 1
            if character < 0x20 {
                // \u00XX, lower-case hex digits.
                for escaped in [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")] {
                    byte(escaped)
                }
                byte(UInt8(ascii: "0") + (character >> 4))
                let low = character & 0x0F
                byte(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
            } else {
                byte(UInt8(ascii: "\\"))
                byte(character)
            }
        }
        bytes(UnsafeBufferPointer(rebasing: utf8[plain...]))
        byte(UInt8(ascii: "\""))
    }
}
