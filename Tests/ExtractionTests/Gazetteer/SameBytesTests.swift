import Testing

@testable import Extraction

@Suite("Same bytes")
struct SameBytesTests {
    private func same(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        first.withUnsafeBytes { first in
            second.withUnsafeBytes { second in
                SameBytes.equal(first.baseAddress!, second.baseAddress!, count: first.count)
            }
        }
    }

    @Test("runs shorter than, as long as and longer than eight bytes, a difference anywhere")
    func equal() {
        for text in ["Hue", "Thailand", "Ho Chi Minh City", "Golden Triangle", "Đà Nẵng"] {
            let bytes = Array(text.utf8)
            #expect(same(bytes, bytes))
            for index in bytes.indices {
                var changed = bytes
                changed[index] ^= 0x20
                #expect(!same(bytes, changed), "\(text) at \(index)")
                #expect(!same(changed, bytes), "\(text) at \(index)")
            }
        }
    }
}
