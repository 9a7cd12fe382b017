import Testing

@testable import Extraction

/// `LetterRun`: eight bytes at a time, it finds the same run of letters and the same key as
/// reading a byte at a time would.
@Suite("Letter runs")
struct LetterRunTests {
    /// The end and key of the run at `start`, read a byte at a time.
    static func expected(_ bytes: [UInt8], from start: Int) -> (end: Int, key: WordKey) {
        var end = start
        while end < bytes.count, TimeTokenizer.isLetter(bytes[end]) { end += 1 }
        return (end, WordKey(bytes[start..<min(end, start + WordKey.capacity)]))
    }

    @Test(
        "a run ends at the first byte that is not an ASCII letter, wherever it stands",
        arguments: [
            "a", "Talks", "May 5", "eightish", "ninebytes", "sixteenlettersxx", "seventeenletters.",
            "internationalisation and more", "Tuesday@noon", "word[1]", "back`tick", "brace{x}", "caf\u{E9} au lait",
            "ZZZ", "AtZa{", "hyphen-ated", "tab\tand\nline",
        ])
    func matchesByteByByte(_ text: String) {
        // Padding puts the word both far from and close to the end of the bytes.
        for padding in [0, 3, 20] {
            let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: " "), count: padding)
            bytes.withUnsafeBufferPointer { buffer in
                for start in bytes.indices where TimeTokenizer.isLetter(bytes[start]) {
                    let found = LetterRun.scan(buffer, from: start)
                    let expected = Self.expected(bytes, from: start)
                    #expect(found.end == expected.end, "\(text) at \(start), padding \(padding)")
                    if expected.end - start <= WordKey.capacity {
                        #expect(found.key == expected.key, "\(text) at \(start), padding \(padding)")
                    } else {
                        #expect(found.key == WordKey(), "\(text) at \(start), padding \(padding)")
                    }
                }
            }
        }
    }

    @Test("a key folds capitals, so every spelling of a word has one key")
    func foldsCase() {
        #expect(WordKey(Array("MONDAY".utf8)) == WordKey(Array("monday".utf8)))
        #expect(WordKey(Array("Monday".utf8)) != WordKey(Array("mondays".utf8)))
    }

    @Test("bytes next to the letters in ASCII, and non-ASCII bytes, are not letters")
    func boundaries() {
        for byte: UInt8 in [0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xC1, 0xDA, 0xE1, 0xFA, 0x30, 0x20] {
            #expect(LetterRun.leadingLetters(UInt64(byte)) == 0, "byte \(byte)")
        }
        for byte: UInt8 in [0x41, 0x5A, 0x61, 0x7A] {
            let chunk = UInt64(0x2020_2020_2020_2000) | UInt64(byte)
            #expect(LetterRun.leadingLetters(chunk) == 1, "byte \(byte)")
        }
    }
}
