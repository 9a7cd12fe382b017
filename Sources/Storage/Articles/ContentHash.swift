/// An article's identity: the SHA-256 of its raw bytes as read, written as 64 lowercase hex
/// digits. The same bytes under two paths are one article.
///
///     ContentHash(of: Array("abc".utf8)).hex
///     // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    /// 64 lowercase hex digits.
    public let hex: String

    /// The hash of `bytes`.
    public init(of bytes: some Collection<UInt8>) {
        let digest = SHA256.digest(bytes)
        // Written straight into the string: no table and no array of digits per article.
        hex = String(unsafeUninitializedCapacity: 2 * digest.count) { text in
            func digit(_ nibble: UInt8) -> UInt8 {
                nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            for (index, byte) in digest.enumerated() {
                text[2 * index] = digit(byte >> 4)
                text[2 * index + 1] = digit(byte & 0x0F)
            }
            return 2 * digest.count
        }
    }

    /// A hash written before; `nil` unless `hex` is 64 lowercase hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 64,
            hex.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        self.hex = hex
    }

    public var description: String { hex }
}

extension ContentHash: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(hex) }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> ContentHash? {
        guard case .text(let text) = value else { return nil }
        return ContentHash(hex: text)
    }
}
