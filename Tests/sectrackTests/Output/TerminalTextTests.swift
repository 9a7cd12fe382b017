import Testing

@testable import sectrack

@Suite("Terminal text")
struct TerminalTextTests {
    @Test(
        "control characters are stripped, tabs and line ends become spaces",
        arguments: [
            ("\u{1B}[31mred\u{1B}[0m", "[31mred[0m"), ("a\tb\nc\r", "a b c "), ("bell\u{07}", "bell"),
            ("c1\u{9B}x", "c1x"), ("left\u{202E}right", "leftright"), ("del\u{7F}", "del"), ("Hà Nội", "Hà Nội"),
        ])
    func sanitized(input: String, expected: String) {
        #expect(TerminalText.sanitized(input) == expected, "input \(input.debugDescription)")
    }

    @Test("wide East Asian characters take two columns, combining marks none")
    func width() {
        #expect(TerminalText.width("abc") == 3)
        #expect(TerminalText.width("北京") == 4)
        #expect(TerminalText.width("e\u{301}") == 1)
    }

    @Test("truncation ends with an ellipsis within the limit")
    func truncated() {
        #expect(TerminalText.truncated("Ministerial Dialogue", to: 8) == "Ministe…")
        #expect(TerminalText.truncated("short", to: 8) == "short")
        #expect(TerminalText.truncated("北京北京", to: 5) == "北京…")
    }
}
