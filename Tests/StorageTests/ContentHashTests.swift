import Testing

@testable import Storage

@Suite("Content hash")
struct ContentHashTests {
    @Test(
        "SHA-256 matches the FIPS 180-4 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(input: String, hex: String) {
        #expect(ContentHash(of: Array(input.utf8)).hex == hex)
    }

    @Test("a million 'a's hash right (several blocks, padding in a block of its own)")
    func longInput() {
        #expect(
            ContentHash(of: [UInt8](repeating: 0x61, count: 1_000_000)).hex
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(
        "lengths around a block's edge pad right (one tail block or two; whole blocks read in place)",
        arguments: [
            (55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
            (56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
            (63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
            (64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
            (65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
            (119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"),
            (120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"),
            (128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"),
        ])
    func blockEdges(length: Int, hex: String) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
        #expect(ContentHash(of: bytes).hex == hex)
        // A collection without contiguous storage takes the copying path, to the same digest.
        #expect(ContentHash(of: bytes.lazy.map { $0 }).hex == hex)
    }

    @Test(
        "the Swift rounds alone give the FIPS 180-4 digests, whatever the processor has",
        arguments: [
            ("abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("a", 1_000_000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        ])
    func portableRounds(text: String, repeats: Int, hex: String) {
        let input = [UInt8](String(repeating: text, count: repeats).utf8)
        let digest = SHA256.digest(input, usingHardware: false)
        #expect(digest.map { String(format2: $0) }.joined() == hex)
    }

    @Test(
        "the SHA-256 instructions and the Swift rounds agree on every length up to five blocks and on a long input",
        .enabled(if: SHA256.hardwareAvailable, "this processor has no SHA-256 instructions"))
    func hardwareAgrees() {
        let bytes = (0..<1_000_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        for length in 0...320 {
            let message = bytes[..<length]
            #expect(
                SHA256.digest(message, usingHardware: true) == SHA256.digest(message, usingHardware: false),
                "length \(length)")
        }
        #expect(SHA256.digest(bytes, usingHardware: true) == SHA256.digest(bytes, usingHardware: false))
    }

    @Test(
        "hex text is accepted only as 64 lowercase hex digits",
        arguments: ["", "ABC", String(repeating: "g", count: 64)])
    func badHex(text: String) {
        #expect(ContentHash(hex: text) == nil)
    }
}

extension String {
    /// `byte` as two lowercase hex digits.
    fileprivate init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
