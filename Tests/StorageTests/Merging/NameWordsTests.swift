import Testing

@testable import Storage

@Suite("Name words")
struct NameWordsTests {
    @Test(
        "ordinals are read in figures and words",
        arguments: [
            ("the 9th ASEAN Ministerial Meeting", 9), ("First Ministerial Dialogue", 1),
            ("22nd meeting of police chiefs", 22), ("Ministerial Dialogue", nil),
            ("Talks with the North, the Tenth", 10), ("the 0th and 3rd rounds", 3),
        ] as [(String, Int?)])
    func ordinals(name: String, expected: Int?) {
        #expect(NameWords(name).ordinal == expected, "\(name)")
    }

    @Test("head nouns and function words do not count as shared words")
    func commonWords() {
        #expect(NameWords("the Meeting of the Forum").words.isEmpty)
        #expect(NameWords("China-ASEAN Dialogue on Law Enforcement").words == ["china", "asean", "law", "enforcement"])
    }

    @Test("similarity is the overlap of the distinctive words")
    func similarity() {
        let a = NameWords("Lancang-Mekong Leaders' Meeting")
        let b = NameWords("Lancang-Mekong summit")
        #expect(a.similarity(to: b) == 2.0 / 3.0)
    }

    @Test("words outside ASCII count by their letters, not their bytes; the first ordinal is kept")
    func lettersOutsideASCII() {
        let title = NameWords("SECOND Hội nghị at Hà Mekong, 2nd round")
        #expect(title.ordinal == 2)
        #expect(title.words == ["hội", "nghị", "mekong", "round"])
    }
}
