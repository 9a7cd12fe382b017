/// The form in which two city names are compared: lower case, letters and digits only, so
/// "Nay Pyi Taw", "Naypyitaw" and "NAY PYI TAW" are one city.
///
/// Bytes outside ASCII are kept as they are.
enum CityKey {
    static func of(_ name: String) -> String {
        name.withUTF8Bytes { utf8 in
            String(unsafeUninitializedCapacity: utf8.count) { key in
                var count = 0
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): key[count] = byte + 32
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                        key[count] = byte
                    default: continue
                    }
                    count += 1
                }
                return count
            }
        }
    }
}
