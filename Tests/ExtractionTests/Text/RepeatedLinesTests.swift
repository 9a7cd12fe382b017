import Testing

@testable import Extraction

@Suite("Repeated lines")
struct RepeatedLinesTests {
    @Test("a line is a repeat only when an earlier one has the very same bytes")
    func repeats() {
        let first = "Police chiefs of ten countries met in Hanoi on Monday."
        let sameStart = "Police chiefs of ten countries met in Hanoi on Friday."
        let text = Array((first + "\n" + sameStart + "\n" + first).utf8)
        let ranges = [0..<first.utf8.count, (first.utf8.count + 1)..<(2 * first.utf8.count + 1)]
        let repeatRange = (text.count - first.utf8.count)..<text.count
        var seen = RepeatedLines(text, capacity: 1)
        let added = [seen.insert(ranges[0]), seen.insert(ranges[1]), seen.insert(repeatRange), seen.insert(ranges[1])]
        // The second line has the first one's length and first 32 bytes, and a different end.
        #expect(added == [true, true, false, false])
    }
}
