import Extraction
import Testing

@testable import Storage

@Suite("Evidence blobs")
struct EvidenceBlobTests {
    private let items = [
        Evidence(field: .countries, value: "VN", text: "Vietnamese", span: Span(offset: 0, length: 10)),
        // Past one varint byte in every number, and text that is not ASCII.
        Evidence(
            field: .city, value: "Hà Nội", text: String(repeating: "Hà Nội ", count: 30),
            span: Span(offset: 70_000, length: 300)),
        Evidence(field: .name, value: "", text: "", span: Span(offset: 5, length: 0)),
    ]

    @Test("items come back as written, in order; no items is an empty blob")
    func roundTrip() throws {
        #expect(EvidenceBlob.decode(try EvidenceBlob.encode(items)) == items)
        #expect(try EvidenceBlob.encode([]).isEmpty)
        #expect(EvidenceBlob.decode([]) == [])
    }

    @Test("a negative offset or length is refused")
    func negativeSpan() {
        let bad = Evidence(field: .name, value: "x", text: "x", span: Span(offset: 3, length: -1))
        #expect(throws: StoreError.negativeEvidenceSpan(Span(offset: 3, length: -1))) {
            try EvidenceBlob.encode([items[0], bad])
        }
    }

    @Test("a blob cut short, with an unknown field or bad UTF-8 is not read")
    func malformed() throws {
        let bytes = try EvidenceBlob.encode(items)
        #expect(EvidenceBlob.decode(Array(bytes.dropLast())) == nil)
        #expect(EvidenceBlob.decode([3] + Array("who".utf8) + [0, 0, 0, 0]) == nil)
        #expect(EvidenceBlob.decode([4] + Array("name".utf8) + [1, 0xFF, 0, 0, 0]) == nil)
        #expect(EvidenceBlob.decode([0x80]) == nil)
    }
}
