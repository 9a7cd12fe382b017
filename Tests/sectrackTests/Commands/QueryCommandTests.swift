import ArgumentParser
import Extraction
import Foundation
import Storage
import Testing

@testable import sectrack

@Suite("sectrack query commands")
struct QueryCommandTests {
    /// A database with three invented events: Vietnam-China talks in Hanoi (two reports), a
    /// scheduled ASEAN workshop in Bangkok, and an undated meeting.
    private func sample() throws -> Scratch {
        let scratch = try Scratch()
        let db = try Database(path: scratch.path("t.db"))
        defer { db.close() }
        try Schema.prepare(db)
        let talks = Meeting(
            name: "=cmd|' /C calc'!A0, \"border\" talks", kind: .talks, status: .held,
            start: PartialDate(iso: "2019-05-06"), end: PartialDate(iso: "2019-05-07"), city: "Hanoi",
            country: "VN", countries: ["CN", "VN"], topics: ["drugs"])
        let workshop = Meeting(
            name: "Workshop on \u{1B}[31mcyber\u{1B}[0m crime", kind: .workshop, status: .scheduled,
            start: PartialDate(iso: "2020-02"), city: "Bangkok", country: "TH", countries: ["KH", "TH"],
            organizations: ["INTERPOL"], topics: ["cybercrime"])
        let undated = Meeting(kind: .meeting, status: .held, countries: ["LA", "MM"])
        let articles: [(String, String, [Meeting])] = [
            ("a.txt", "Officials held talks in Hanoi on heroin smuggling.", [talks]),
            ("b.txt", "The Hanoi talks ended with a pledge on heroin seizures.", [talks]),
            ("c.txt", "A workshop in Bangkok will train investigators.", [workshop]),
            ("d.txt", "Officials from Laos and Myanmar met.", [undated]),
        ]
        for (path, text, meetings) in articles {
            let article = NewArticle(
                path: path, hash: ContentHash(of: Array(text.utf8)),
                extraction: ArticleExtraction(
                    published: Day(year: 2019, month: 5, day: 8), source: "Example Wire", title: nil, text: text,
                    meetings: meetings),
                extractorVersion: 1)
            try db.transaction {
                if case .inserted(_, let ids) = try ArticleStore(db).save(article: article) {
                    try EventMerger(db).merge(ids)
                }
            }
        }
        return scratch
    }

    /// Runs a command with `--db` and `--output`, returning what it wrote.
    private func run(_ arguments: [String], in scratch: Scratch) throws -> String {
        let output = scratch.path("out-\(UUID().uuidString)")
        var command = try Sectrack.parseAsRoot(arguments + ["--db", scratch.path("t.db"), "--output", output])
        try command.run()
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    private func names(_ arguments: [String], in scratch: Scratch) throws -> [String] {
        try run(arguments + ["--format", "ndjson"], in: scratch).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (object["kind"] as! String)
        }
    }

    @Test(
        "each filter selects its events",
        arguments: [
            (["meetings"], ["talks", "workshop", "meeting"]),
            (["meetings", "--country", "vn"], ["talks"]),
            (["meetings", "--country", "VNM"], ["talks"]),
            (["meetings", "--country", "Viet Nam"], ["talks"]),
            (["meetings", "--country", "vietnam", "--country", "china"], ["talks"]),
            (["meetings", "--from", "2020"], ["workshop"]),
            (["meetings", "--to", "2019-05"], ["talks"]),
            (["meetings", "--from", "2019-05-07", "--to", "2020-02-01"], ["talks", "workshop"]),
            (["meetings", "--topic", "cybercrime"], ["workshop"]),
            (["meetings", "--city", "HANOI"], ["talks"]),
            (["meetings", "--org", "INTERPOL"], ["workshop"]),
            (["meetings", "--kind", "workshop"], ["workshop"]),
            (["meetings", "--status", "held"], ["talks", "meeting"]),
            (["meetings", "--text", "heroin"], ["talks"]),
            (["timeline"], ["talks", "workshop", "meeting"]),
        ])
    func filters(arguments: [String], expected: [String]) throws {
        let scratch = try sample()
        #expect(try names(arguments, in: scratch) == expected, "\(arguments)")
    }

    @Test("an unknown country is an error that suggests the closest names")
    func unknownCountry() throws {
        let error = #expect(throws: (any Error).self) {
            try Sectrack.parseAsRoot(["meetings", "--country", "Vietnma"])
        }
        let message = Sectrack.message(for: error!)
        #expect(message.contains("Unknown country 'Vietnma'") && message.contains("Vietnam"), "\(message)")
    }

    @Test("topics and organisations are vocabulary ids in any case; an unknown one lists the vocabulary")
    func vocabularyFilters() throws {
        let command = try #require(
            try Sectrack.parseAsRoot(["meetings", "--topic", "Drug_Trafficking", "--org", "interpol"])
                as? MeetingsCommand)
        let filter = try command.filters.filter()
        #expect(filter.topics == ["drug_trafficking"])
        #expect(filter.organizations == ["INTERPOL"])
        let error = #expect(throws: (any Error).self) { try Sectrack.parseAsRoot(["meetings", "--topic", "drugz"]) }
        let message = Sectrack.message(for: error!)
        #expect(message.contains("Unknown topic 'drugz'") && message.contains("drug_trafficking"), "\(message)")
    }

    @Test("CSV export: header, neutralised formula, quoted cells, joined lists")
    func csv() throws {
        let scratch = try sample()
        let lines = try run(["timeline", "--format", "csv"], in: scratch).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,start,end,status,kind,name,city,country,countries,organizations,topics,reports,sources")
        #expect(
            lines[1].hasSuffix(
                #",2019-05-06,2019-05-07,held,talks,"'=cmd|' /C calc'!A0, ""border"" talks",Hanoi,VN,CN;VN,,drugs,2,Example Wire"#
            ), "\(lines[1])")
    }

    @Test("timeline JSON lists every report's path in articles")
    func timelineJSON() throws {
        let scratch = try sample()
        let text = try run(["timeline", "--format", "json"], in: scratch)
        let events = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(events.map { $0["articles"] as! [String] } == [["a.txt", "b.txt"], ["c.txt"], ["d.txt"]])
        #expect(events[1]["start"] as? String == "2020-02" && events[1]["end"] is NSNull)
    }

    @Test("the table strips terminal control characters from article text")
    func tableStripsControls() throws {
        let scratch = try sample()
        let text = try run(["meetings", "--format", "table"], in: scratch)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("Workshop on [31mcyber[0m crime"))
    }

    @Test("show prints every report with its source, date and evidence")
    func show() throws {
        let scratch = try sample()
        let text = try run(["show", "1", "--format", "table"], in: scratch)
        #expect(text.contains("Report 1: a.txt (Example Wire, published 2019-05-08)"))
        #expect(text.contains("Report 2: b.txt"))
        let json = try run(["show", "1", "--format", "json"], in: scratch)
        #expect(json.contains("\"report_details\": [{\"paths\": [\"a.txt\"]"))
    }

    @Test("search highlights the matched words and names the events")
    func search() throws {
        let scratch = try sample()
        let text = try run(["search", "heroin", "--format", "ndjson"], in: scratch)
        #expect(text.contains("[heroin]"))
        #expect(text.contains("\"events\": [1]"))
    }

    @Test("stats counts events per country, year and topic")
    func stats() throws {
        let scratch = try sample()
        let text = try run(["stats", "--format", "csv"], in: scratch)
        #expect(
            text.contains("country,VN,1\r\n") && text.contains("year,2019,1\r\n") && text.contains("topic,drugs,1\r\n"))
    }
}
