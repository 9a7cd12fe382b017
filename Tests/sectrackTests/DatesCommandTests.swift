import Foundation
import Testing

@testable import sectrack

@Suite("sectrack dates")
struct DatesCommandTests {
    @Test("ndjson gives byte offsets, the text and the value of each expression")
    func ndjson() throws {
        let command = try #require(
            try Sectrack.parseAsRoot(["dates", "--published", "2015-10-21", "a.txt"]) as? DatesCommand)
        let text = "Délégués said Tuesday they will meet from Oct. 23 to 24.\n"
        let output = command.render(path: "a.txt", bytes: Data(text.utf8))
        #expect(
            output == """
                {"path": "a.txt", "offset": 17, "length": 7, "text": "Tuesday", "value": "2015-10-20"}
                {"path": "a.txt", "offset": 40, "length": 18, "text": "from Oct. 23 to 24", "value": "2015-10-23", \
                "end": "2015-10-24"}

                """)
    }

    @Test("without --published the first full date in the text is the reference")
    func referenceFromText() throws {
        let command = try #require(try Sectrack.parseAsRoot(["dates", "--format", "table", "-"]) as? DatesCommand)
        let text = "Updated: 2019-09-12\nOfficials met \"yesterday\" in Hanoi."
        let output = command.render(path: "-", bytes: Data(text.utf8))
        #expect(output == "-\t9\t10\t2019-09-12\t2019-09-12\n-\t35\t9\t2019-09-11\tyesterday\n")
    }

    @Test("without --published a wire dateline and its footer give the reference")
    func referenceFromDateline() throws {
        let command = try #require(try Sectrack.parseAsRoot(["dates", "--format", "table", "-"]) as? DatesCommand)
        let text = """
            HANOI, March 4 (Wire) -- Police chiefs said Tuesday they would review the pact signed on June 5, 2019.
            (Wire March 4, 2021)

            """
        let output = command.render(path: "-", bytes: Data(text.utf8))
        #expect(output.contains("\t2021-03-02\tTuesday\n"), "got: \(output)")
    }

    @Test("a malformed --published is a usage error")
    func badPublished() {
        #expect(throws: (any Error).self) { try Sectrack.parseAsRoot(["dates", "--published", "2015-13-01", "a.txt"]) }
    }

    @Test("JSON strings escape quotes, backslashes and control bytes")
    func escaping() {
        #expect(JSONText.quoted("a \"b\" \\ c\n\u{1}") == #""a \"b\" \\ c\n\u0001""#)
        #expect(JSONText.quoted(nil as String?) == "null")
    }
}
