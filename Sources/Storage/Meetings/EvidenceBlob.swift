import Extraction

/// A meeting's evidence as one blob in its `meetings` row, instead of one table row per item:
/// storing an article then writes one row per meeting rather than a dozen or more.
///
/// Items follow each other in the meeting's order; each is five fields, every number an
/// unsigned LEB128 varint:
///
///     field   (byte count, then UTF-8: the MeetingField name)
///     value   (byte count, then UTF-8)
///     text    (byte count, then UTF-8)
///     offset  (UTF-8 byte offset into the input file as read)
///     length  (UTF-8 byte length)
///
/// An empty blob is a meeting without evidence.
enum EvidenceBlob {
    /// The bytes for `items`, in order.
    ///
    /// - throws: ``StoreError/negativeEvidenceSpan(_:)`` for an item whose span points nowhere.
    static func encode(_ items: [Evidence]) throws(StoreError) -> [UInt8] {
        var bytes: [UInt8] = []
        // Each string takes its bytes and a varint of at most 10; the two numbers 20 more.
        bytes.reserveCapacity(
            items.reduce(0) { $0 + $1.field.rawValue.utf8.count + $1.value.utf8.count + $1.text.utf8.count + 50 })
        for item in items {
            guard item.span.offset >= 0, item.span.length >= 0 else { throw .negativeEvidenceSpan(item.span) }
            appendString(item.field.rawValue, to: &bytes)
            appendString(item.value, to: &bytes)
            appendString(item.text, to: &bytes)
            appendNumber(item.span.offset, to: &bytes)
            appendNumber(item.span.length, to: &bytes)
        }
        return bytes
    }

    /// The items `bytes` holds, or `nil` when they are not an evidence blob (cut short, an
    /// unknown field name, text that is not UTF-8).
    static func decode(_ bytes: [UInt8]) -> [Evidence]? {
        var reader = Reader(bytes: bytes)
        var items: [Evidence] = []
        while !reader.atEnd {
            guard let name = reader.string(), let field = MeetingField(rawValue: name),
                let value = reader.string(), let text = reader.string(),
                let offset = reader.number(), let length = reader.number()
            else { return nil }
            items.append(Evidence(field: field, value: value, text: text, span: Span(offset: offset, length: length)))
        }
        return items
    }

    private static func appendString(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        appendNumber(string.utf8.count, to: &bytes)
        // Copied at once, small strings (stored inline) included, not byte by byte.
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        var rest = UInt(number)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads varints and strings from the front of a blob.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func number() -> Int? {
            var value: UInt = 0
            var shift: UInt = 0
            while position < bytes.count, shift < 63 {
                let byte = bytes[position]
                position += 1
                value |= UInt(byte & 0x7F) << shift
                if byte < 0x80 { return Int(exactly: value) }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let count = number(), count <= bytes.count - position else { return nil }
            let slice = bytes[position..<position + count]
            position += count
            return String(validating: slice, as: UTF8.self)
        }
    }
}
