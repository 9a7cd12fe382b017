import Testing

@testable import sectrack

@Suite("CSV text")
struct CSVTextTests {
    @Test(
        "fields are quoted when RFC 4180 asks for it",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"yes\"", "\"say \"\"yes\"\"\""),
            ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("", ""), ("Hà Nội", "Hà Nội"),
        ])
    func quoting(input: String, expected: String) {
        #expect(CSVText.field(input) == expected, "input \(input.debugDescription)")
    }

    @Test(
        "a field a spreadsheet would run as a formula gets a leading quote",
        arguments: [
            ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""), ("=a,b", "\"'=a,b\""), ("a=b", "a=b"),
        ])
    func neutralising(input: String, expected: String) {
        #expect(CSVText.field(input) == expected, "input \(input.debugDescription)")
    }

    @Test("a record ends with CRLF and lists join with semicolons")
    func record() {
        #expect(CSVText.record(["1", "a,b", CSVText.list(["CN", "LA"])]) == "1,\"a,b\",CN;LA\r\n")
    }
}
