import Testing

@testable import Storage

@Suite("City keys")
struct CityKeyTests {
    @Test("spacing, punctuation and case do not count; letters outside ASCII are kept")
    func comparedForms() {
        #expect(CityKey.of("Nay Pyi Taw") == "naypyitaw")
        #expect(CityKey.of("NAY-PYI-TAW") == CityKey.of("Naypyitaw"))
        #expect(CityKey.of("Hà Nội") == "hànội")
        #expect(CityKey.of("") == "")
    }
}
