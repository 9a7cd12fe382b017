import Testing

@testable import Extraction

@Suite("Word hashes")
struct WordHashTests {
    /// The word at the start of `text`: its end and whether its hash and head are those of its
    /// bytes hashed on their own.
    private func word(_ text: String) -> (end: Int, agrees: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            let word = WordHash.word(from: 0, before: bytes.count, in: bytes)
            let alone = WordHash.hash(from: 0, to: word.end, in: bytes)
            return (word.end, word.hash == alone.hash && word.head == alone.head)
        }
    }

    /// The hash of `text` as a whole word.
    private func hash(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { WordHash.word(from: 0, before: $0.count, in: $0).hash }
    }

    /// The shape of `text` as a whole word.
    private func shape(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer {
            WordHash.shape(of: WordHash.word(from: 0, before: $0.count, in: $0).head)
        }
    }

    @Test("a word ends at the first character that is no letter or digit, in or past its first eight bytes")
    func ends() {
        #expect(word("Manila, the").end == 6)
        #expect(word("Thailand's").end == 8)
        #expect(word("counterterrorism talks").end == 16)
        #expect(word("cybersecurity").end == 13)
        #expect(word("G20").end == 3)
        #expect(word("Huế city").end == 5)
        #expect(word("Ürümqi-bound").end == 8)
        #expect(word("China’s").end == 5)
        #expect(word("Kota Kinabalu").end == 4)
        #expect(word(" China").end == 0)
    }

    @Test("the scan gives a word the hash and head of its bytes alone, whatever follows it")
    func agreesWithBytesAlone() {
        for text in ["Manila, the", "counterterrorism talks", "abcdefgh", "abcdefghijklmnop.", "Huế city", "Ürümqi"] {
            #expect(word(text).agrees, "\(text)")
        }
    }

    @Test("hashes ignore ASCII case only")
    func folding() {
        #expect(hash("Manila") == hash("MANILA") && hash("manila") == hash("MaNiLa"))
        #expect(hash("Counterterrorism") == hash("COUNTERTERRORISM"))
        #expect(hash("Manila") != hash("Manil"))
        #expect(hash("Huế") != hash("HUẾ"))
        #expect(hash("abcdefgh") != hash("abcdefghi"))
    }

    @Test("shapes tell lower case, capitals, a capital first letter and other mixes apart")
    func shapes() {
        #expect(shape("the") == 0 && shape("2024") == 0)
        #expect(shape("THE") == 1 && shape("US") == 1 && shape("A") == 1)
        #expect(shape("The") == 2 && shape("Nice") == 2)
        #expect(shape("McDonald") == 3 && shape("iPhone") == 3)
    }
}
