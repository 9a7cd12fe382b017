/// Reads the tables in `Generated/`: one record per line, fields separated by tabs, lists
/// inside a field separated by "|".
///
/// The tables are split on UTF-8 bytes: they hold hundreds of thousands of fields, and
/// splitting on `Character`s (grapheme clusters) would dominate the start-up of every command.
enum GeneratedTable {
    /// The records of `table`, each split into its fields (empty fields kept).
    static func records(_ table: String) -> [[Substring]] {
        var records: [[Substring]] = []
        forEachRecord(table) { bytes, fields in
            records.append(
                fields.map { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)) })
        }
        return records
    }

    /// Calls `body` with the UTF-8 bytes of `table` and the byte ranges of the fields of each
    /// record in turn (empty fields kept), without gathering the records or making strings: the
    /// array passed is reused for the next record.
    static func forEachRecord(_ table: String, _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) {
        var table = table
        table.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            var fieldStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") else { continue }
                fields.append(fieldStart..<index)
                fieldStart = index + 1
                if byte == UInt8(ascii: "\n") {
                    if fields.count > 1 || !fields[0].isEmpty { body(bytes, fields) }
                    fields.removeAll(keepingCapacity: true)
                }
            }
            // The last line has no newline; its last field may be empty.
            fields.append(fieldStart..<bytes.count)
            if fields.count > 1 || !fields[0].isEmpty { body(bytes, fields) }
        }
    }

    /// The items of a "|"-separated list field (empty items dropped).
    static func list(_ field: Substring) -> [String] {
        var field = String(field)
        return field.withUTF8 { bytes in
            var items: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "|") {
                if index > start {
                    items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return items
        }
    }

    /// A decimal number written with at most nine digits after the point ("31.2222",
    /// "-4.3276"), as the nearest `Double`: the same value `Double(String)` parses, since
    /// the digits as an integer and the power of ten are both exact and one division rounds
    /// once. `nil` for anything else.
    static func decimal(_ field: Substring) -> Double? {
        decimal(utf8: field.utf8)
    }

    /// A field of decimal digits only ("15000") as an `Int`, without making a `String`; `nil`
    /// for anything else (empty, signed, too long).
    static func integer(utf8 field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !field.isEmpty, field.count <= 18 else { return nil }
        var value = 0
        for byte in field {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return value
    }

    /// ``decimal(_:)`` of a field given as UTF-8 bytes.
    static func decimal<Bytes: Collection<UInt8>>(utf8 field: Bytes) -> Double? {
        var digits: Int64 = 0
        var scale: Int64 = 1
        var sawPoint = false
        var sawDigit = false
        var rest = field[...]
        let negative = rest.first == UInt8(ascii: "-")
        if negative { rest = rest.dropFirst() }
        for byte in rest {
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                guard digits < 1 << 40, scale < 1_000_000_000 else { return nil }
                digits = digits &* 10 &+ Int64(digit)
                if sawPoint { scale &*= 10 }
                sawDigit = true
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        let value = Double(digits) / Double(scale)
        return negative ? -value : value
    }
}
