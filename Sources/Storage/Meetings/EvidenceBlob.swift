import Extraction
import Foundation

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
    /// The bytes for `items`, in order, as the blob the `meetings` row stores.
    ///
    /// - throws: ``StoreError/negativeEvidenceSpan(_:)`` for an item whose span points nowhere.
    static func encode(_ items: [Evidence]) throws(StoreError) -> Data {
        // Sized exactly first, then written once in place: no growth, and no copy from an
        // array into the blob's own storage.
        // Items are read where they lie, by index, not copied out of the array.
        var size = 0
        for index in items.indices {
            let span = items[index].span
            guard span.offset >= 0, span.length >= 0 else { throw .negativeEvidenceSpan(span) }
            size += stringSize(items[index].field.rawValue) + stringSize(items[index].value)
            size += stringSize(items[index].text) + numberSize(span.offset) + numberSize(span.length)
        }
        var blob = Data(count: size)
        blob.withUnsafeMutableBytes { buffer in
            var writer = ByteWriter(buffer)
            for index in items.indices {
                writer.string(items[index].field.rawValue)
                writer.string(items[index].value)
                writer.string(items[index].text)
                writer.number(items[index].span.offset)
                writer.number(items[index].span.length)
            }
        }
        return blob
    }

    /// The items `bytes` holds, or `nil` when they are not an evidence blob (cut short, an
    /// unknown field name, text that is not UTF-8).
    static func decode(_ bytes: some Collection<UInt8>) -> [Evidence]? {
        var reader = Reader(bytes: Array(bytes))
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

    /// The bytes ``ByteWriter/string(_:)`` writes for `string`.
    private static func stringSize(_ string: String) -> Int {
        numberSize(string.utf8.count) + string.utf8.count
    }

    /// The bytes of `number` as a varint: one per seven bits, at least one.
    private static func numberSize(_ number: Int) -> Int {
        max(1, (UInt.bitWidth - UInt(number).leadingZeroBitCount + 6) / 7)
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

extension ByteWriter {
    /// The byte count, then the UTF-8 bytes, copied at once.
    fileprivate mutating func string(_ string: String) {
        string.withUTF8Bytes { utf8 in
            number(utf8.count)
            bytes(utf8)
        }
    }

    /// `number` as an unsigned LEB128 varint.
    fileprivate mutating func number(_ number: Int) {
        var rest = UInt(number)
        while rest >= 0x80 {
            byte(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        byte(UInt8(rest))
    }
}
