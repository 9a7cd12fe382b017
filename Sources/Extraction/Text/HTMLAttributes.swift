/// Parses the attributes of one start tag (`name="value" flag other='x'`).
enum HTMLAttributes {
    /// Attribute values by lower-cased name, entities decoded; first occurrence kept.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            while i < end, ByteClass.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            let nameStart = i
            while i < end, !ByteClass.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: "/") {
                i += 1
            }
            guard i > nameStart else { break }
            let name = String(decoding: bytes[nameStart..<i].map(ByteClass.lower), as: UTF8.self)
            while i < end, ByteClass.isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < end, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end, ByteClass.isSpace(bytes[i]) { i += 1 }
                var valueStart = i
                var valueEnd = i
                if i < end, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    valueStart = i + 1
                    i += 1
                    while i < end, bytes[i] != quote { i += 1 }
                    valueEnd = i
                    if i < end { i += 1 }
                } else {
                    while i < end, !ByteClass.isSpace(bytes[i]) { i += 1 }
                    valueEnd = i
                }
                value = HTMLEntityDecoder.decodeAll(bytes[valueStart..<valueEnd])
            }
            if result[name] == nil { result[name] = value }
        }
        return result
    }
}
