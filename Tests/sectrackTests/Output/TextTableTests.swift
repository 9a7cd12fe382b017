import Testing

@testable import sectrack

@Suite("Text table")
struct TextTableTests {
    @Test("columns are aligned to their widest cell")
    func aligned() {
        let table = TextTable(header: ["ID", "NAME"], rows: [["1", "Border talks"], ["12", "Forum"]])
        #expect(table.render(width: 80) == "ID  NAME\n1   Border talks\n12  Forum\n")
    }

    @Test("a table wider than the terminal shrinks its widest column and marks cut cells")
    func fitsWidth() {
        let table = TextTable(
            header: ["ID", "PLACE", "NAME"],
            rows: [["1", "Kunming, CN", "Ministerial Dialogue on Law Enforcement and Security Cooperation"]])
        let output = table.render(width: 40)
        for line in output.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= 40, "line \(line.debugDescription) is wider than 40")
        }
        #expect(output.hasSuffix("1   Kunming, CN  Ministerial Dialogue o…\n"))
    }

    @Test("control characters in cells never reach the terminal")
    func stripsControls() {
        let output = TextTable(header: ["NAME"], rows: [["evil\u{1B}]0;title\u{07}name"]]).render(width: 80)
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(output == "NAME\nevil]0;titlename\n")
    }
}
