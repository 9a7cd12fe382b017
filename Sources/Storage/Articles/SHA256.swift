import CSHA256

/// SHA-256 (FIPS 180-4) over bytes in memory: enough to name an article by its content.
///
/// Written here because Foundation on Linux has no CryptoKit. Whole blocks are read straight
/// from the input; only the last one or two, which carry the padding, are copied. On a
/// processor with the SHA-256 instructions (x86-64 SHA extensions) the blocks are compressed
/// by them (the CSHA256 target), several times faster; elsewhere by the Swift rounds below.
///
/// See <https://csrc.nist.gov/pubs/fips/180-4/upd1/final>.
enum SHA256 {
    /// Whether this processor compresses blocks with the SHA-256 instructions.
    static let hardwareAvailable = sectrack_sha256_hardware_available() != 0

    /// The 32-byte digest of `bytes`.
    static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        digest(bytes, usingHardware: hardwareAvailable)
    }

    /// The 32-byte digest of `bytes`, with the SHA-256 instructions or without them (tests
    /// compare the two; `usingHardware` must be false unless ``hardwareAvailable``).
    static func digest(_ bytes: some Collection<UInt8>, usingHardware: Bool) -> [UInt8] {
        precondition(!usingHardware || hardwareAvailable, "no SHA-256 instructions on this processor")
        if let digest = bytes.withContiguousStorageIfAvailable({ digest(of: $0, usingHardware: usingHardware) }) {
            return digest
        }
        return Array(bytes).withUnsafeBufferPointer { digest(of: $0, usingHardware: usingHardware) }
    }

    private static func digest(of input: UnsafeBufferPointer<UInt8>, usingHardware: Bool) -> [UInt8] {
        var state = State()
        let whole = input.count / 64 * 64
        state.absorb(blocks: UnsafeBufferPointer(rebasing: input[..<whole]), usingHardware: usingHardware)
        // The rest of the message, a 1 bit, zeros up to 8 bytes short of a whole block, then
        // the message's length in bits: one block, or two when the rest leaves no room.
        var tail = [UInt8](input[whole...])
        tail.append(0x80)
        let padded = tail.count <= 56 ? 64 : 128
        tail.append(contentsOf: repeatElement(0, count: padded - 8 - tail.count))
        let bitLength = UInt64(input.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        tail.withUnsafeBufferPointer { state.absorb(blocks: $0, usingHardware: usingHardware) }
        return state.bytes
    }

    /// The eight working words between blocks.
    private struct State {
        var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85, h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c, h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19

        /// The digest: the eight words, big-endian.
        var bytes: [UInt8] {
            var digest: [UInt8] = []
            digest.reserveCapacity(32)
            for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
                for shift in stride(from: 24, through: 0, by: -8) {
                    digest.append(UInt8(truncatingIfNeeded: word >> shift))
                }
            }
            return digest
        }

        /// Mixes in `blocks`, a whole number of 64-byte blocks.
        mutating func absorb(blocks: UnsafeBufferPointer<UInt8>, usingHardware: Bool) {
            guard let start = blocks.baseAddress, !blocks.isEmpty else { return }
            if usingHardware {
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { words in
                    for (index, word) in [h0, h1, h2, h3, h4, h5, h6, h7].enumerated() { words[index] = word }
                    sectrack_sha256_hardware_blocks(words.baseAddress, start, blocks.count / 64)
                    (h0, h1, h2, h3) = (words[0], words[1], words[2], words[3])
                    (h4, h5, h6, h7) = (words[4], words[5], words[6], words[7])
                }
                return
            }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                for blockStart in stride(from: 0, to: blocks.count, by: 64) {
                    absorb(UnsafeBufferPointer(rebasing: blocks[blockStart..<blockStart + 64]), schedule: schedule)
                }
            }
        }

        /// Mixes in one 64-byte block; `w` is room for its 64-word message schedule.
        private mutating func absorb(
            _ block: UnsafeBufferPointer<UInt8>, schedule w: UnsafeMutableBufferPointer<UInt32>
        ) {
            for t in 0..<16 {
                let i = t * 4
                w[t] =
                    UInt32(block[i]) << 24 | UInt32(block[i + 1]) << 16 | UInt32(block[i + 2]) << 8
                    | UInt32(block[i + 3])
            }
            for t in 16..<64 {
                let s0 = w[t - 15].rotatedRight(7) ^ w[t - 15].rotatedRight(18) ^ (w[t - 15] >> 3)
                let s1 = w[t - 2].rotatedRight(17) ^ w[t - 2].rotatedRight(19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
            // Eight rounds a step, each naming the words in their turned order, so no round
            // shifts the eight words along.
            let k = SHA256.roundConstants
            for t in stride(from: 0, to: 64, by: 8) {
                SHA256.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                SHA256.round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                SHA256.round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                SHA256.round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                SHA256.round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                SHA256.round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                SHA256.round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                SHA256.round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
            }
            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
            h5 &+= f
            h6 &+= g
            h7 &+= h
        }
    }

    /// One round: `d` takes the new `e`, and `h` the new `a`; the other words only move along,
    /// which the caller does by naming them in turned order in the next round.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ constantAndWord: UInt32
    ) {
        let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
        let choice = g ^ (e & (f ^ g))
        let temp1 = h &+ sum1 &+ choice &+ constantAndWord
        let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
        let majority = (a & b) | (c & (a | b))
        d &+= temp1
        h = temp1 &+ sum0 &+ majority
    }

    /// The 64 round constants, from the one table the hardware path reads too.
    private static var roundConstants: UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(start: sectrack_sha256_round_constants(), count: 64)
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { self >> count | self << (32 - count) }
}
