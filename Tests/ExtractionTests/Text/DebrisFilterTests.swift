import Testing

@testable import Extraction

@Suite("Text preparation: debris removal")
struct DebrisFilterTests {
    private static let body = "Police chiefs from six countries met in Vientiane on Monday to discuss drug trafficking."
    private static let body2 = "The delegates agreed to set up a hotline between their command centres by next year."

    @Test(
        "each kind of debris goes, the body stays",
        arguments: [
            ("menu", "Home | World | Business | Sport\n\n\(body)", body),
            ("bullet menu", "News \u{2022} Politics \u{2022} Opinion\n\(body)", body),
            ("breadcrumb", "Home > News > Region\n\(body)", body),
            ("share line", "\(body)\nShare: Facebook | Twitter | Email", body),
            ("back to top", "\(body)\nBack to Top Close\n[Print] [Close]", body),
            ("editor in brackets", "\(body)\n[Editor: Some Name]", body),
            ("editor label", "\(body)\nEditor: Some Name", body),
            ("photo credit", "Photo: Delegates pose at the meeting hall. (Agency/Some Name)\n\(body)", body),
            ("photo parenthetical", "(Photo/Agency)\n\(body)", body),
            ("copyright", "\(body)\nCopyright \u{A9} 2019 Example Media. All rights reserved.", body),
            ("copyright sign", "\(body)\nExample Media \u{A9} 2019", body),
            ("rights reserved", "\(body)\n2019 Example Media. ALL RIGHTS RESERVED.", body),
            ("tracking digits", "\(body)\n0100200707500000000000", body),
            ("lone CJK label", "\(body)\n\u{5206}\u{4EAB}", body),
            ("tag label", "\(body)\nTags: police, drugs, ASEAN", body),
            ("desk initials", "\(body)\nABC/DEF/GHI", body),
            ("lone address", "\(body)\nreporter@example.com", body),
            (
                "related list with header",
                "\(body)\n\nRelated stories:\nPolice seize pills in north\n-- Border post reopens\n\n\(body2)",
                "\(body)\n\n\(body2)"
            ),
            ("read more", "\(body)\nRead more\nMinister visits flood area\nRain eases in capital", body),
            (
                "headerless trailing link list",
                "\(body)\n\nFloods hit the south\nMinister opens bridge\nStocks edge higher\nRain expected",
                body
            ),
            (
                "body printed twice",
                "Ministers agree on river patrol plan\n\n\(body)\n\n\(body2)\n\nMinisters agree on river patrol plan\n\n\(body)\n\n\(body2)",
                "Ministers agree on river patrol plan\n\n\(body)\n\n\(body2)"
            ),
        ]
    )
    func debris(kind: String, input: String, expected: String) {
        let got = TextPreparer.prepare(Array(input.utf8), format: .plainText).text
        #expect(
            got == expected,
            "\(kind): input \(input.debugDescription)\nexpected \(expected.debugDescription)\ngot \(got.debugDescription)"
        )
    }

    @Test(
        "metadata lines and short body lines are kept",
        arguments: [
            "Example Times\n\nMinisters agree on river patrols\n\nBy Some Writer\nUpdated: 2019-09-12 07:31\n\n\(body)",
            "Example News | 2017-09-26 22:41:09 | Editor: Some Name\n\n\(body)",
            "HANOI, Sept. 26 (Agency) -- \(body)",
            "\(body)\n\n(Example Daily August 17, 2005)",
            "\(body)\n\nThe talks end on Friday.",
            "\(body)\n\nLiaison offices\n\n\(body2)",
            "\(body)\n\n* * *\nSecond item headline\n\(body2)",
        ]
    )
    func kept(input: String) {
        let got = TextPreparer.prepare(Array(input.utf8), format: .plainText).text
        #expect(got == input, "expected unchanged: \(input.debugDescription)\ngot \(got.debugDescription)")
    }

    @Test(
        "a navigation line is made of navigation and function words only, whatever word ends it",
        arguments: [
            ("Share |", true), ("Back to Top.", true), ("[Print] [Close]", true), ("The share", true),
            ("Share this story ...", true), ("To the top", true), ("The ministers met.", false),
            ("Share the report", false), ("Print (pdf)", false), ("Close -- !", true),
        ])
    func navigation(line: String, expected: Bool) {
        Array(line.utf8).withUnsafeBufferPointer { bytes in
            #expect(DebrisLine.isNavigation(LineFeatures(bytes)) == expected, "\(line.debugDescription)")
        }
    }
}
