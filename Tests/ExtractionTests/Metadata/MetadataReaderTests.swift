import Testing

@testable import Extraction

@Suite("Article metadata")
struct MetadataReaderTests {
    private static let lead = "officials from six countries agreed on Tuesday to step up joint patrols on the river."

    private func read(_ text: String, format: InputFormat = .plainText, referenceYear: Int? = nil) -> ArticleMetadata {
        MetadataReader.read(TextPreparer.prepare(Array(text.utf8), format: format), referenceYear: referenceYear)
    }

    @Test(
        "the publication date comes from bylines, datelines, footers and meta tags",
        arguments: [
            (
                "Example Wire\n\nRiver patrols agreed\n\nexample.news.cn 2014-06-10 19:16:03\n\nDHAKA, June 10 (Wire) -- Police \(lead)",
                "2014-06-10"
            ),
            (
                "Example Herald\nWednesday, 4 May, 2016\n\nRiver patrols agreed\n\nYANGON, 3 May—Police \(lead)",
                "2016-05-04"
            ),
            (
                "Example Post\n\nPublished: 05/03/2020 at 10:00 AM\n\nMANILA, March 5 (Wire) -- Police \(lead)",
                "2020-03-05"
            ),
            ("Example Post\n\nRiver patrols agreed\n\nUpdated: 2013-09-12 07:31\n\nPolice \(lead)", "2013-09-12"),
            (
                "Police \(lead)\nThey will meet again next year in the capital for further talks.\n(Example Daily June 8, 2007)",
                "2007-06-08"
            ),
            ("DHAKA, Dec. 31 (Wire) -- Police \(lead)\n\n(Example Daily 2015-01-01)", "2014-12-31"),
            (
                "Example Wire\n\nDHAKA, March 4 (Wire) -- Police from six countries met at the border to talk about drug smuggling. The plan dates from 2012.",
                "2012-03-04"
            ),
            ("DHAKA, March 4 (Wire) -- Police \(lead) The plan dates from 2012.", "2014-03-04"),
            ("Example News\n\nRiver patrols agreed\n\n13th September 2024 19:44\n\nPolice \(lead)", "2024-09-13"),
            ("Example News\n\nRiver patrols agreed\n\n2nd March 2021 08:10\n\nPolice \(lead)", "2021-03-02"),
        ] as [(String, String)]
    )
    func published(text: String, expected: String) {
        let got = read(text).published?.description
        #expect(got == expected, "text \(text.debugDescription): got \(got ?? "nil")")
    }

    @Test("a day and month with no year anywhere takes the year whose weekday the lead names")
    func weekdayYear() {
        // 2020-03-03 and 2015-03-03 were Tuesdays; 2020 is nearer the reference year 2021.
        let got = read("DHAKA, March 3 (Wire) -- Police \(Self.lead)", referenceYear: 2021).published
        #expect(got == Day(year: 2020, month: 3, day: 3), "got \(String(describing: got))")
    }

    @Test("the weekday's year is not before the latest year the article mentions")
    func weekdayYearNotBeforeMentionedYear() {
        // Tuesdays on March 3: 2015, 2020, 2026. 2015 is nearest 2016, but the article recalls 2016.
        let text = "DHAKA, March 3 (Wire) -- Police \(Self.lead) The patrols are the first since 2016."
        let got = read(text).published
        #expect(got == Day(year: 2020, month: 3, day: 3), "got \(String(describing: got))")
    }

    @Test("a year in a sentence that looks ahead does not date the article")
    func futureYearIsNotThePresent() {
        let text = """
            Vientiane, March 16 (KPL) - The two ministries held their annual meeting on drugs and crime. \
            They signed the cooperation plan for 2023. The two ministries agreed to hold the next annual \
            meeting in Vietnam in 2024.
            """
        #expect(read(text).published == Day(year: 2023, month: 3, day: 16))
    }

    @Test("nothing pointing to a year leaves the date unknown")
    func noYear() {
        #expect(read("DHAKA, March 3 (Wire) -- Police met at the border to talk.").published == nil)
    }

    @Test("meta tags of an HTML page win, over a photo credit naming an agency")
    func metaTags() {
        let html = """
            <html><head><meta property="article:published_time" content="2022-01-02T08:15:32+07:00">
            <meta property="og:site_name" content="Khmer Times"></head>
            <body><h1>Patrols agreed</h1><p>Officers at the border post. (Photo: Reuters)</p>
            <p>Police \(Self.lead)</p></body></html>
            """
        let metadata = read(html, format: .html)
        #expect(metadata.published == Day(year: 2022, month: 1, day: 2))
        #expect(metadata.source == "Khmer Times")
        #expect(metadata.title == "Patrols agreed")
    }

    @Test(
        "the source is the outlet as commonly written",
        arguments: [
            ("XINHUANET\n\nRiver patrols agreed\n\nBEIJING, June 2 (Xinhua) -- Police \(lead)", "Xinhua"),
            (
                "THE GLOBAL NEW LIGHT OF MYANMAR\n\nRiver patrols agreed\n\nPolice \(lead)",
                "The Global New Light of Myanmar"
            ),
            ("River patrols agreed\n\nHANOI (VNA) \u{2013} Police \(lead)", "VNA"),
            ("Police \(lead)\n(China Daily June 8, 2007)", "China Daily"),
        ] as [(String, String)]
    )
    func source(text: String, expected: String) {
        #expect(read(text).source == expected, "text \(text.debugDescription): got \(read(text).source ?? "nil")")
    }

    @Test("the dateline's city and range are reported")
    func dateline() {
        let text = "River patrols agreed\n\nKUALA LUMPUR, 3 March (Bernama) -- Police \(Self.lead)"
        let prepared = TextPreparer.prepare(Array(text.utf8), format: .plainText)
        let metadata = MetadataReader.read(prepared)
        #expect(metadata.datelineCity == "KUALA LUMPUR")
        let range = try! #require(metadata.datelineRange)
        #expect(String(decoding: prepared.bytes[range], as: UTF8.self) == "KUALA LUMPUR, 3 March (Bernama) --")
        #expect(metadata.title == "River patrols agreed")
    }
}
