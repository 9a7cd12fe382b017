import Testing

@testable import sectrack

@Suite("Event list writer")
struct EventListWriterTests {
    static let rows = [
        EventRow(
            id: 3, start: "2021-06-03", end: "2021-06-04", status: "held", kind: "dialogue",
            name: "=HYPERLINK(\"x\"), border \"talks\"", city: "Kunming", country: "CN", countries: ["CN", "LA"],
            organizations: [], topics: ["drugs", "terrorism"], reports: 2, sources: ["Xinhua"],
            articles: ["a.txt", "b.txt"]),
        EventRow(
            id: 4, start: nil, end: nil, status: "scheduled", kind: "meeting", name: nil, city: nil, country: nil,
            countries: [], organizations: ["INTERPOL"], topics: [], reports: 1, sources: [], articles: ["c.txt"]),
    ]

    private func render(_ format: RecordFormat, width: Int = 200) throws -> String {
        var out = ""
        try EventListWriter.write(Self.rows, format: format, width: width) { out += $0 }
        return out
    }

    @Test("CSV has the header row, neutralised and quoted cells, joined lists")
    func csv() throws {
        let expected = [
            "id,start,end,status,kind,name,city,country,countries,organizations,topics,reports,sources",
            #"3,2021-06-03,2021-06-04,held,dialogue,"'=HYPERLINK(""x""), border ""talks""",Kunming,CN,CN;LA,,"#
                + "drugs;terrorism,2,Xinhua",
            "4,,,scheduled,meeting,,,,,INTERPOL,,1,",
        ]
        #expect(try render(.csv) == expected.map { $0 + "\r\n" }.joined())
    }

    @Test("JSON is one array whose objects list the articles")
    func json() throws {
        let output = try render(.json)
        #expect(output.hasPrefix("[\n{\"id\": 3, \"start\": \"2021-06-03\""))
        #expect(output.contains("\"articles\": [\"a.txt\", \"b.txt\"]}"))
        #expect(output.contains("\"name\": \"=HYPERLINK(\\\"x\\\"), border \\\"talks\\\"\""))
        #expect(output.hasSuffix("\"articles\": [\"c.txt\"]}\n]\n"))
    }

    @Test("an empty list is an empty JSON array")
    func emptyJSON() throws {
        var out = ""
        try EventListWriter.write([EventRow](), format: .json, width: 80) { out += $0 }
        #expect(out == "[]\n")
    }

    @Test("NDJSON prints one object per line")
    func ndjson() throws {
        let lines = try render(.ndjson).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines[1] == """
                {"id": 4, "start": null, "end": null, "status": "scheduled", "kind": "meeting", "name": null, \
                "city": null, "country": null, "countries": [], "organizations": ["INTERPOL"], "topics": [], \
                "reports": 1, "sources": [], "articles": ["c.txt"]}
                """)
    }

    @Test("the table shows dates as a range and a dash for what is unknown")
    func table() throws {
        let lines = try render(.table).split(separator: "\n")
        #expect(lines[0].hasPrefix("ID  DATES"))
        #expect(lines[1].contains("2021-06-03..2021-06-04"))
        #expect(lines[2].hasPrefix("4   -"))
    }
}
