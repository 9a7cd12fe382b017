import Testing

@testable import Extraction

@Suite("Prefix leads")
struct PrefixLeadsTests {
    private let tags = BytePatterns(["tags", "topics"])
    private let photo = BytePatterns(["photo:", "(photo"])
    private var leads: PrefixLeads { PrefixLeads([(1, tags), (2, photo)]) }

    @Test("a line's first two bytes name the lists it may start with, in any letter case")
    func listsByFirstTwoBytes() {
        #expect(leads.lists(startingAt: Array("Tags: police".utf8)[...]) == 1)
        #expect(leads.lists(startingAt: Array("TOPICS: ASEAN".utf8)[...]) == 1)
        #expect(leads.lists(startingAt: Array("Photo: AFP".utf8)[...]) == 2)
        #expect(leads.lists(startingAt: Array("(Photo/Xinhua)".utf8)[...]) == 2)
        #expect(leads.lists(startingAt: Array("Police chiefs met".utf8)[...]) == 0)
        #expect(leads.lists(startingAt: Array("Thai police".utf8)[...]) == 0)
        #expect(leads.lists(startingAt: [UInt8]()[...]) == 0)
    }

    @Test("a one-byte line is judged by its first byte alone")
    func oneByteLine() {
        #expect(leads.lists(startingAt: Array("t".utf8)[...]) == 1)
        #expect(leads.lists(startingAt: Array("x".utf8)[...]) == 0)
    }

    @Test(
        "a list the leads rule out never matches at the start of the line",
        arguments: ["Tags: police", "Photo: AFP", "Topical news", "Photograph", "(c) 2019", "Share this", "T", ""])
    func agreesWithTheLists(line: String) {
        let bytes = Array(line.utf8)
        let found = leads.lists(startingAt: bytes[...])
        if tags.first(in: bytes, at: 0) != nil { #expect(found & 1 != 0) }
        if photo.first(in: bytes, at: 0) != nil { #expect(found & 2 != 0) }
    }
}
