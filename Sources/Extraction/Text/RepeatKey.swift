/// The bytes of a line as a set member for finding repeated lines: hashed once with FNV-1a
/// over its length and first `hashedPrefix` bytes (lines differ early or in length), compared
/// byte for byte only when the hashes agree.
struct RepeatKey: Hashable {
    let bytes: ArraySlice<UInt8>
    private let fingerprint: UInt64

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        var hash = (0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)) &* 0x100_0000_01B3
        for b in bytes.prefix(Self.hashedPrefix) { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        fingerprint = hash
    }

    private static let hashedPrefix = 32

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    static func == (lhs: RepeatKey, rhs: RepeatKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.bytes == rhs.bytes
    }
}
