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
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        hex = String(decoding: text, as: UTF8.self)
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
