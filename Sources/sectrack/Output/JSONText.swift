/// Writes JSON text by hand, fast and with keys in the order given.
enum JSONText {
    /// `value` as a JSON string literal, quotes included (RFC 8259 escapes).
    static func quoted(_ value: String) -> String {
        let bytes = JSONWriter.bytes(capacity: JSONWriter.quotedBound(value)) { $0.writeQuoted(value) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` quoted, or `null`.
    static func quoted(_ value: String?) -> String {
        value.map { quoted($0) } ?? "null"
    }
}

/// Writes JSON text into memory given to it, through a pointer: a piece costs one room check
/// and one copy, where appending to an array checks the array's storage for every byte.
///
///     let value = "say \"hi\""
///     let bytes = JSONWriter.bytes(capacity: 16) { $0.writeQuoted(value) }
///     String(decoding: bytes, as: UTF8.self)   // "\"say \\\"hi\\\"\""
///
/// A piece that does not fit is not written: the writer is then `overflowed`, its bytes are
/// thrown away and the whole is written again into more room. So nothing is measured
/// beforehand, and no text is ever cut short.
struct JSONWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes are written.
    private(set) var count = 0
    /// Whether a piece did not fit (what is written is then incomplete).
    private(set) var overflowed = false

    private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The bytes `body` writes, in an array of `capacity` bytes at first, twice as large each
    /// time all does not fit (`body` may run more than once and must write the same each time).
    static func bytes(capacity: Int, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var room = max(capacity, 16)
        while true {
            var fitted = true
            let bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
                let written = write(into: buffer, body)
                fitted = written != nil
                initialized = written ?? 0
            }
            if fitted { return bytes }
            room *= 2
        }
    }

    /// Lets `body` write into `buffer`: the number of bytes written, or `nil` when they did not fit.
    static func write(into buffer: UnsafeMutableBufferPointer<UInt8>, _ body: (inout JSONWriter) -> Void) -> Int? {
        var writer = JSONWriter(buffer)
        body(&writer)
        return writer.overflowed ? nil : writer.count
    }

    /// The most bytes `writeQuoted(value)` writes: every byte escaped as `\u00XX`, or `null`.
    static func quotedBound(_ value: String?) -> Int {
        guard let value else { return 4 }
        return value.utf8.count * 6 + 2
    }

    /// Writes a literal piece of JSON syntax.
    @inline(__always)
    mutating func write(_ literal: StaticString) {
        literal.withUTF8Buffer { write($0) }
    }

    /// Writes `value` as a JSON string literal, or `null`: plain runs are copied whole, and
    /// only quotes, backslashes and control characters are escaped.
    mutating func writeQuoted(_ value: String?) {
        guard let value else { return write("null") }
        writeByte(UInt8(ascii: "\""))
        writeEscaped(value)
        writeByte(UInt8(ascii: "\""))
    }

    /// Writes the characters of `value` as they stand inside a JSON string literal, without
    /// the quotes: plain runs are copied whole, and only quotes, backslashes and control
    /// characters are escaped.
    @inline(__always)
    mutating func writeEscaped(_ value: String) {
        if value.utf8.withContiguousStorageIfAvailable({ writeEscaped(utf8: $0) }) != nil { return }
        var copy = value
        copy.withUTF8 { writeEscaped(utf8: $0) }
    }

    /// ``writeEscaped(_:)`` of the string at `value`, read where it is stored: a string passed
    /// by value from memory the compiler cannot see into is retained for the call.
    mutating func writeEscaped(at value: UnsafePointer<String>) {
        if value.pointee.utf8.withContiguousStorageIfAvailable({ writeEscaped(utf8: $0) }) != nil { return }
        writeEscaped(value.pointee)
    }

    /// Writes again the bytes it has written at `range`, a part of what it wrote so far.
    mutating func writeAgain(_ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "only written bytes are written again")
        guard hasRoom(for: range.count) else { return }
        (buffer.baseAddress! + count).initialize(from: buffer.baseAddress! + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Writes `value`, from 0 up to 10 to the power `digits`, in exactly `digits` decimal
    /// digits, zeros first.
    mutating func write(_ value: Int, digits: Int) {
        guard hasRoom(for: digits) else { return }
        var rest = value
        for position in (count..<count + digits).reversed() {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// Writes the decimal digits of `value`.
    mutating func write(_ value: Int) {
        if value < 0 { writeByte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var length = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            length += 1
        }
        guard hasRoom(for: length) else { return }
        var position = count + length
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += length
    }

    private mutating func writeEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Eight bytes at a time while none needs an escape: most strings need none at all.
            if index + 8 <= bytes.count, !Self.mayNeedEscape(bytes.baseAddress! + index) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 {
                write(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                writeEscape(byte)
                runStart = index + 1
            }
            index += 1
        }
        write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Whether one of the eight bytes at `start` may be a quote, a backslash or a control
    /// character (never false when one is; true only then, or for a byte beside one).
    @inline(__always)
    private static func mayNeedEscape(_ start: UnsafePointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let word = UnsafeRawPointer(start).loadUnaligned(as: UInt64.self)
        let quotes = word ^ (ones &* 0x22)  // a zero byte where a quote was
        let backslashes = word ^ (ones &* 0x5C)
        // A byte below 0x20, or a zero byte, borrows when `ones * n` is taken from it.
        let below = (word &- ones &* 0x20) | (quotes &- ones) | (backslashes &- ones)
        return below & ~word & high != 0
    }

    private mutating func writeEscape(_ byte: UInt8) {
        writeByte(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: writeByte(UInt8(ascii: "\""))
        case 0x5C: writeByte(UInt8(ascii: "\\"))
        case 0x0A: writeByte(UInt8(ascii: "n"))
        case 0x0D: writeByte(UInt8(ascii: "r"))
        case 0x09: writeByte(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            write("u00")
            hex.withUTF8Buffer { hex in
                writeByte(hex[Int(byte >> 4)])
                writeByte(hex[Int(byte & 0xF)])
            }
        }
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, hasRoom(for: bytes.count) else { return }
        (buffer.baseAddress! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func writeByte(_ byte: UInt8) {
        guard hasRoom(for: 1) else { return }
        buffer[count] = byte
        count += 1
    }

    /// Whether `length` more bytes fit; if not, the writer is marked overflowed.
    @inline(__always)
    private mutating func hasRoom(for length: Int) -> Bool {
        if count + length <= buffer.count { return true }
        overflowed = true
        return false
    }
}
