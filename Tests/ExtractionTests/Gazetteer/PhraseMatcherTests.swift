import Testing

@testable import Extraction

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    static let matcher = PhraseMatcher([
        PhrasePattern("Korea", .proper, "KR"),
        PhrasePattern("South Korea", .proper, "KR-south"),
        PhrasePattern("China", .proper, "CN"),
        PhrasePattern("ASEAN", .proper, "ASEAN"),
        PhrasePattern("Thai", .proper, "TH"),
        PhrasePattern("Lao", .proper, "LA"),
        PhrasePattern("Thailand", .proper, "TH-name"),
        PhrasePattern("Philippines", .proper, "PH"),
        PhrasePattern("Ho Chi Minh City", .proper, "HCMC"),
        PhrasePattern("Minh", .proper, "minh"),
        PhrasePattern("US", .exact, "US"),
        PhrasePattern("U.S.", .proper, "US-dotted"),
        PhrasePattern("Nice", .proper, "nice-city"),
        PhrasePattern("anti-drug", .insensitive, "drugs"),
        PhrasePattern("drug", .insensitive, "drug"),
        PhrasePattern("Xi'an", .proper, "xian"),
        PhrasePattern("+3", .proper, "plus-three"),
        PhrasePattern("Huế", .proper, "hue"),
    ])

    /// The matched text and payload of every match in `text`.
    static func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: text).map { match in
            String(decoding: bytes[match.range], as: UTF8.self) + "=" + match.payload
        }
    }

    @Test(
        "whole words, longest match, case rules, hyphens and possessives",
        arguments: [
            ("China-ASEAN ties", ["China=CN", "ASEAN=ASEAN"]),
            ("a Thai-Lao border post", ["Thai=TH", "Lao=LA"]),
            ("Thailand's police and the Philippines' coast guard", ["Thailand=TH-name", "Philippines=PH"]),
            ("Thailand\u{2019}s police", ["Thailand=TH-name"]),
            ("South Korea and Korea", ["South Korea=KR-south", "Korea=KR"]),
            ("talks in Ho Chi Minh City on Monday", ["Ho Chi Minh City=HCMC"]),
            ("Nguyen Van Minh said", ["Minh=minh"]),
            ("the US and the U.S. and us", ["US=US", "U.S.=US-dotted"]),
            ("NICE, France and Nice and nice weather", ["NICE=nice-city", "Nice=nice-city"]),
            ("Anti-Drug units and ANTI-DRUG laws; drugs", ["Anti-Drug=drugs", "ANTI-DRUG=drugs"]),
            ("Chinatown, Thais, Laotian, Koreans", []),
            ("officers from Xi'an and Xi", ["Xi'an=xian"]),
            ("ASEAN+3 ministers", ["ASEAN=ASEAN", "+3=plus-three"]),
            ("ASEAN+30", ["ASEAN=ASEAN"]),
            ("北京China会议", ["China=CN"]),
            ("Huế and Huếs", ["Huế=hue"]),
            ("ChinaASEAN", []),
            ("", []),
            ("nothing to see here", []),
        ])
    func matches(text: String, expected: [String]) {
        let actual = Self.found(text)
        #expect(actual == expected, "in \"\(text)\"")
    }

    @Test("ranges are UTF-8 byte offsets")
    func byteOffsets() {
        let text = "Đà Nẵng hosts China"
        let match = Self.matcher.matches(in: text)
        #expect(match.map(\.range) == [18..<23], "matches \(match)")
    }

    @Test("the phrase given first wins when two patterns spell the same text")
    func firstPatternWins() {
        let matcher = PhraseMatcher([
            PhrasePattern("Singapore", .proper, "country"), PhrasePattern("Singapore", .proper, "city"),
        ])
        #expect(matcher.matches(in: "in Singapore").map(\.payload) == ["country"])
    }

    @Test("tuple patterns: case-sensitive means exact")
    func tuplePatterns() {
        let matcher = PhraseMatcher([
            (phrase: "Reading", caseSensitive: true, payload: 1), (phrase: "meth", caseSensitive: false, payload: 2),
        ])
        #expect(matcher.matches(in: "reading about METH in Reading").map(\.payload) == [2, 1])
        #expect(matcher.matches(in: "READING").isEmpty)
    }

    @Test("long phrases are compared eight bytes at a time, as written or in capitals")
    func longPhraseCase() {
        let matcher = PhraseMatcher([
            PhrasePattern("Ho Chi Minh City", .proper, "sixteen"), PhrasePattern("Golden Triangle", .proper, "fifteen"),
            PhrasePattern("Mekong-Lancang", .exact, "exact"), PhrasePattern("Interpol", .proper, "eight"),
            PhrasePattern("Đà Nẵng City", .proper, "beyond ASCII"),
        ])
        func found(_ text: String) -> [String] { matcher.matches(in: text).map(\.payload) }
        #expect(found("HO CHI MINH CITY and Ho Chi Minh City") == ["sixteen", "sixteen"])
        #expect(found("Ho Chi Minh CITY, ho chi minh city, HO CHI MINH CITy") == [])
        #expect(found("GOLDEN TRIANGLE, Golden Triangle, Golden TrianglE") == ["fifteen", "fifteen"])
        #expect(found("Mekong-Lancang, MEKONG-LANCANG, Mekong-lancang") == ["exact"])
        #expect(found("INTERPOL, Interpol, InterpoL, INTERPOl") == ["eight", "eight"])
        // Only ASCII letters are capitalised: "ẵ" stays as it is.
        #expect(found("Đà NẵNG CITY, Đà Nẵng City, Đà NẴNG CITY") == ["beyond ASCII", "beyond ASCII"])
    }

    @Test("a shorter phrase still matches when a longer candidate fails its word end")
    func fallsBackToShorter() {
        let matcher = PhraseMatcher([
            PhrasePattern("drug", .insensitive, "short"), PhrasePattern("drug traffic", .insensitive, "long"),
        ])
        #expect(matcher.matches(in: "drug trafficking").map(\.payload) == ["short"])
    }

    @Test("phrases share the nodes of their common prefix, whatever their case or order")
    func sharedPrefixes() {
        let matcher = PhraseMatcher([
            PhrasePattern("abd", .insensitive, "abd"), PhrasePattern("b", .insensitive, "b"),
            PhrasePattern("AB", .proper, "AB"), PhrasePattern("abc", .insensitive, "abc"),
            PhrasePattern("ab", .insensitive, "ab"),
        ])
        // The root, a, ab, abc, abd and b.
        #expect(matcher.nodeCount == 6)
        #expect(matcher.matches(in: "abd b AB ab abc").map(\.payload) == ["abd", "b", "AB", "ab", "abc"])
    }
}
