import Testing

@testable import Extraction

@Suite("Generated tables")
struct GeneratedTableTests {
    @Test("records split on tabs and newlines, keep empty fields, skip blank lines")
    func records() {
        let records = GeneratedTable.records("Hà Nội\tHa Noi\tVN\t\n\nBangkok\t\tTH\t")
        #expect(records == [["Hà Nội", "Ha Noi", "VN", ""], ["Bangkok", "", "TH", ""]])
    }

    @Test("a list field splits on bars and drops empty items")
    func list() {
        #expect(GeneratedTable.list("Saigon|Sài Gòn||HCMC") == ["Saigon", "Sài Gòn", "HCMC"])
        #expect(GeneratedTable.list("").isEmpty)
    }
}
