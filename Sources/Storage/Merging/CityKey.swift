/// The form in which two city names are compared: lower case, letters and digits only, so
/// "Nay Pyi Taw", "Naypyitaw" and "NAY PYI TAW" are one city.
///
/// Bytes outside ASCII are kept as they are.
enum CityKey {
    static func of(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                bytes.append(byte)
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
