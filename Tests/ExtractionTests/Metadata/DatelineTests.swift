import Testing

@testable import Extraction

@Suite("Datelines")
struct DatelineTests {
    private func read(_ line: String) -> (city: String, date: String?, source: String?, rest: String)? {
        let bytes = Array(line.utf8)
        guard let found = Dateline.read(bytes, line: 0..<bytes.count) else { return nil }
        let rest = String(decoding: bytes[found.range.upperBound...], as: UTF8.self)
        return (found.city, found.date.map { "\($0.month)-\($0.day)" }, found.source, rest)
    }

    @Test(
        "each separator ends the dateline wherever it stands in the first ninety bytes",
        arguments: [
            ("BEIJING, Oct. 21 (Xinhua) -- Talks", "BEIJING", "10-21", "Xinhua", " Talks"),
            ("HANOI (VNA) - Talks", "HANOI", nil, "VNA", " Talks"),
            ("NANNING: Talks", "NANNING", nil, nil, " Talks"),
            ("KUALA LUMPUR, 3 March (Bernama) \u{2014} Talks", "KUALA LUMPUR", "3-3", "Bernama", " Talks"),
            ("PHNOM PENH, Sept. 30 (Regional Wire) \u{2013} Talks", "PHNOM PENH", "9-30", nil, " Talks"),
            ("A, B--Talks", "A", nil, nil, "Talks"),
        ])
    func separators(line: String, city: String, date: String?, source: String?, rest: String) throws {
        let found = try #require(read(line))
        #expect(found.city == city)
        #expect(found.date == date)
        #expect(found.source == source)
        #expect(found.rest == rest)
    }

    @Test("a line with no separator in its first ninety bytes, or a lower-case start, is no dateline")
    func noDateline() {
        #expect(read("BEIJING, Oct. 21 (Xinhua) with no separator at all in this line") == nil)
        #expect(read("beijing -- Talks") == nil)
        #expect(read("BEIJING " + String(repeating: "x", count: 100) + " -- Talks") == nil)
    }
}
