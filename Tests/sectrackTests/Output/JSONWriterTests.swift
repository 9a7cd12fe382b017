import Testing

@testable import sectrack

@Suite("JSON writer")
struct JSONWriterTests {
    private func written(capacity: Int = 256, _ body: (inout JSONWriter) -> Void) -> String {
        String(decoding: JSONWriter.bytes(capacity: capacity, body), as: UTF8.self)
    }

    @Test("strings are quoted with RFC 8259 escapes, long and short, and nil is null")
    func quoting() {
        #expect(written { $0.writeQuoted("VN") } == #""VN""#)
        #expect(written { $0.writeQuoted(nil) } == "null")
        #expect(
            written { $0.writeQuoted("Hà Nội, \"talks\"\t\\ end\r\n\u{1}") }
                == #""Hà Nội, \"talks\"\t\\ end\r\n\u0001""#)
        let long = String(repeating: "a long run of plain text ", count: 20)
        #expect(written(capacity: 1024) { $0.writeQuoted(long) } == "\"\(long)\"")
    }

    @Test("bytes written before are written again, and overflow like any other piece")
    func writingAgain() {
        #expect(
            written {
                $0.write("[")
                $0.writeQuoted("a \"b\"")
                $0.writeAgain(1..<10)
            } == #"["a \"b\"""a \"b\"""#)
        let room = 12
        var bytes = [UInt8](repeating: 0, count: room)
        let count = bytes.withUnsafeMutableBufferPointer { buffer in
            JSONWriter.write(into: buffer) {
                $0.writeQuoted("abcdefg")
                $0.writeAgain(0..<9)
            }
        }
        #expect(count == nil)
    }

    @Test("escaped strings are written without their quotes, short, long and with escapes")
    func escaping() {
        #expect(written { $0.writeEscaped("VN") } == "VN")
        #expect(written { $0.writeEscaped("") } == "")
        #expect(written { $0.writeEscaped("a \"quoted\" word\n") } == #"a \"quoted\" word\n"#)
        let strings = ["IN", "a \"quoted\" word", String(repeating: "long text ", count: 10)]
        strings.withUnsafeBufferPointer { strings in
            for index in strings.indices {
                #expect(
                    written(capacity: 512) { $0.writeEscaped(at: strings.baseAddress! + index) }
                        == written(capacity: 512) { $0.writeEscaped(strings[index]) })
            }
        }
        let long = String(repeating: "plain \\ text ", count: 20)
        let escaped = String(repeating: #"plain \\ text "#, count: 20)
        #expect(written(capacity: 1024) { $0.writeEscaped(long) } == escaped)
    }

    @Test(
        "a byte to escape is found at every position of a long string, beside ASCII and UTF-8 letters",
        arguments: ["\"", "\\", "\n", "\u{0}", "\u{1F}"])
    func escapeAtEachPosition(special: String) {
        let escaped = ["\"": #"\""#, "\\": #"\\"#, "\n": #"\n"#, "\u{0}": #"\u0000"#, "\u{1F}": #"\u001f"#][special]!
        for filler in ["x", "é"] {
            for position in 0..<20 {
                let before = String(repeating: filler, count: position)
                let after = String(repeating: filler, count: 19 - position)
                let text = written(capacity: 512) { $0.writeQuoted(before + special + after + " ") }
                #expect(text == "\"" + before + escaped + after + " \"", "\(filler) at \(position)")
            }
        }
        // Bytes just above the escaped ones (space, '#', ']') pass through unchanged.
        let plain = String(repeating: " #]!~", count: 5)
        #expect(written { $0.writeQuoted(plain) } == "\"\(plain)\"")
    }

    @Test("integers are written in decimal, negative ones with a sign")
    func integers() {
        #expect(written { $0.write(0) } == "0")
        #expect(written { $0.write(7) } == "7")
        #expect(written { $0.write(1_234_567) } == "1234567")
        #expect(written { $0.write(-42) } == "-42")
        #expect(written { $0.write(Int.max) } == String(Int.max))
        #expect(written { $0.write(7, digits: 2) } == "07")
        #expect(written { $0.write(0, digits: 4) } == "0000")
        #expect(written { $0.write(2015, digits: 4) } == "2015")
    }

    @Test("the quoted bound holds for a string whose every byte is escaped")
    func bound() {
        let control = String(repeating: "\u{1}", count: 9)
        let text = written(capacity: JSONWriter.quotedBound(control)) { $0.writeQuoted(control) }
        #expect(text.utf8.count == JSONWriter.quotedBound(control))
        #expect(written(capacity: JSONWriter.quotedBound(nil)) { $0.writeQuoted(nil) } == "null")
    }

    @Test("literals and values follow one another in order")
    func sequence() {
        let text = written {
            $0.write("{\"offset\": ")
            $0.write(12)
            $0.write(", \"text\": ")
            $0.writeQuoted("Vientiane")
            $0.write("}")
        }
        #expect(text == #"{"offset": 12, "text": "Vientiane"}"#)
    }

    @Test("a piece that does not fit marks the writer overflowed, and bytes(capacity:) grows until all fits")
    func overflow() {
        let long = String(repeating: "plain words, ", count: 30)
        var room = [UInt8](repeating: 0, count: 16)
        let spilled = room.withUnsafeMutableBufferPointer { JSONWriter.write(into: $0) { $0.writeQuoted(long) } }
        #expect(spilled == nil)
        let fitted = room.withUnsafeMutableBufferPointer { JSONWriter.write(into: $0) { $0.writeQuoted("VN") } }
        #expect(fitted == 4)
        #expect(written(capacity: 1) { $0.writeQuoted(long) } == "\"\(long)\"")
        #expect(written(capacity: 1) { $0.write(Int.min) } == String(Int.min))
    }
}
