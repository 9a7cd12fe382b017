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

    @Test(
        "a decimal field parses to the same Double as the standard parser",
        arguments: ["31.2222", "-4.3276", "121.4581", "0", "-0.5", "10.823", "113.25", "-99.1277", "1.000000001"])
    func decimal(field: String) {
        #expect(GeneratedTable.decimal(Substring(field)) == Double(field))
    }

    @Test("anything but a plain decimal is refused", arguments: ["", "-", "1.2.3", "1e5", "12a", "--1", "1-"])
    func notDecimal(field: String) {
        #expect(GeneratedTable.decimal(Substring(field)) == nil)
    }

    @Test("an integer field parses to the standard parser's value", arguments: ["15000", "0", "24874500", "007"])
    func integer(field: String) {
        let value = Array(field.utf8).withUnsafeBufferPointer { GeneratedTable.integer(utf8: $0) }
        #expect(value == Int(field))
    }

    @Test("anything but plain digits is refused as an integer", arguments: ["", "-5", "+5", "1.5", "12a", " 1"])
    func notInteger(field: String) {
        #expect(Array(field.utf8).withUnsafeBufferPointer { GeneratedTable.integer(utf8: $0) } == nil)
    }
}
