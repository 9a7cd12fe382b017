import Testing

@testable import Storage

@Suite("Byte writer")
struct ByteWriterTests {
    @Test("bytes and runs land one after another, and the count is what was written")
    func writesInOrder() {
        let text = String(unsafeUninitializedCapacity: 8) { buffer in
            var writer = ByteWriter(buffer)
            writer.byte(UInt8(ascii: "["))
            Array("Hanoi".utf8).withUnsafeBufferPointer { writer.bytes($0) }
            writer.bytes(UnsafeBufferPointer(start: nil, count: 0))
            writer.byte(UInt8(ascii: "]"))
            return writer.count
        }
        #expect(text == "[Hanoi]")
    }

    @Test("a string lends its UTF-8 bytes, small, large and not ASCII alike")
    func lendsUTF8() {
        for string in ["", "VN", String(repeating: "Hà Nội ", count: 10)] {
            #expect(string.withUTF8Bytes { Array($0) } == Array(string.utf8))
        }
    }
}
