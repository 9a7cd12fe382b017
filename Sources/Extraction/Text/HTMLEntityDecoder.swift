/// Reads one character reference (`&amp;`, `&#8217;`, `&#x2019;`) at a position in a byte
/// array.
enum HTMLEntityDecoder {
    /// The scalar and the reference's length in bytes, when `bytes[i]` (an `&`) starts a
    /// reference we know; `nil` leaves the `&` as text.
    static func decode(_ bytes: [UInt8], at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var j = i + 1
        let limit = min(bytes.count, i + 34)
        guard j < limit else { return nil }
        var value: UInt32?
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < limit && (bytes[j] | 0x20) == UInt8(ascii: "x")
            if hex { j += 1 }
            var number: UInt32 = 0
            let digitsStart = j
            while j < limit, let digit = digitValue(bytes[j], hex: hex), number < 0x110000 {
                number = number * (hex ? 16 : 10) + digit
                j += 1
            }
            guard j > digitsStart else { return nil }
            value = number == 0 ? 0xFFFD : number
        } else {
            let nameStart = j
            while j < limit, ByteClass.isAlphanumeric(bytes[j]) { j += 1 }
            guard j > nameStart else { return nil }
            value = HTMLEntities.named[String(decoding: bytes[nameStart..<j], as: UTF8.self)]
        }
        guard let code = value else { return nil }
        if j < bytes.count, bytes[j] == UInt8(ascii: ";") { j += 1 }
        return (Unicode.Scalar(code) ?? "\u{FFFD}", j - i)
    }

    /// Text with every known reference decoded, for attribute values and titles.
    static func decodeAll(_ bytes: ArraySlice<UInt8>) -> String {
        let array = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(array.count)
        var i = 0
        while i < array.count {
            if array[i] == UInt8(ascii: "&"), let (scalar, length) = decode(array, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += length
            } else {
                out.append(array[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        if ByteClass.isDigit(b) { return UInt32(b - 0x30) }
        guard hex else { return nil }
        let l = b | 0x20
        return l >= 0x61 && l <= 0x66 ? UInt32(l - 0x61 + 10) : nil
    }
}
