import Testing

@testable import Extraction

@Suite("Gazetteer mentions")
struct GazetteerMentionTests {
    /// Each mention as "text=kind:value"; a city as its most populous candidate, "city?" when
    /// that name is a common word.
    static func mentions(_ text: String) -> [String] {
        Gazetteer.shared.mentions(in: text).map { mention in
            let value =
                switch mention.entity {
                case .country(let code, let form): "country:\(code)/\(form.rawValue)"
                case .city(let candidates):
                    (candidates[0].isCommonWord ? "city?:" : "city:")
                        + "\(candidates[0].name)/\(candidates[0].countryCode)"
                case .organization(let id): "org:\(id)"
                case .group(let id): "group:\(id)"
                case .topic(let id): "topic:\(id)"
                case .other(let category): "other:\(category)"
                }
            return mention.text + "=" + value
        }
    }

    @Test(
        "one scan finds countries, cities, organisations, groups and topics",
        arguments: [
            (
                "KUNMING, March 3 -- Police chiefs from ASEAN member states and the ROK met Interpol officials.",
                [
                    "KUNMING=city:Kunming/CN", "March=city?:March/GB", "Police=city?:Police/PL",
                    "ASEAN member states=group:ASEAN", "ROK=country:KR/alias",
                    "Interpol=org:INTERPOL",
                ]
            ),
            (
                "Thai and Lao officers discussed anti-drug cooperation and telecom fraud in Vientiane.",
                [
                    "Thai=country:TH/demonym", "Lao=country:LA/demonym", "anti-drug=topic:drug_trafficking",
                    "telecom fraud=topic:telecom_fraud", "Vientiane=city:Vientiane/LA",
                ]
            ),
            (
                "They will trace criminal proceeds and rescue trafficking victims.",
                [
                    "criminal proceeds=topic:money_laundering", "trafficking victims=topic:human_trafficking",
                ]
            ),
            (
                "the ASEAN Plus Three meeting in Naypyidaw on drug trafficking",
                [
                    "ASEAN=group:ASEAN", "Plus Three=group:PLUS_THREE", "Naypyidaw=city:Nay Pyi Taw/MM",
                    "drug trafficking=topic:drug_trafficking",
                ]
            ),
            (
                "Viet Nam's Ministry of Public Security hosted Cambodian and Filipino delegates in Ho Chi Minh City.",
                [
                    "Viet Nam=country:VN/name", "Cambodian=country:KH/demonym", "Filipino=country:PH/demonym",
                    "Ho Chi Minh City=city:Ho Chi Minh City/VN",
                ]
            ),
            (
                "The China-ASEAN dialogue in Singapore covered trafficking in persons and the SCO RATS.",
                [
                    "China=country:CN/name", "ASEAN=group:ASEAN", "Singapore=country:SG/name",
                    "trafficking in persons=topic:human_trafficking",
                    "SCO RATS=org:SCO",
                ]
            ),
            (
                "Chinese and Philippine coast guards met near the South China Sea; costs of US$2 million.",
                [
                    "Chinese=country:CN/demonym", "Philippine=country:PH/demonym",
                    "coast guards=topic:maritime_security", "South China Sea=other:sea", "US$=other:currency",
                ]
            ),
            (
                "Officers from the Golden Triangle region told the Xinhua News Agency about meth seizures.",
                [
                    "Golden Triangle=topic:drug_trafficking", "Xinhua News Agency=other:media",
                    "meth=topic:drug_trafficking",
                ]
            ),
            (
                "The US and North Korea, not the United States of America alone.",
                [
                    "US=country:US/alias", "North Korea=country:KP/name", "United States of America=country:US/name",
                ]
            ),
        ])
    func mentions(text: String, expected: [String]) {
        #expect(Self.mentions(text) == expected, "in \"\(text)\"")
    }

    @Test("common-word city names are found but marked, so the caller can ask for context")
    func commonWordCities() throws {
        let mentions = Gazetteer.shared.mentions(in: "Police in Reading said the talks were nice.")
        let cities = mentions.compactMap { mention -> [City]? in
            if case .city(let candidates) = mention.entity { candidates } else { nil }
        }
        #expect(cities.count == 2, "\(mentions)")
        #expect(cities.allSatisfy { $0.allSatisfy(\.isCommonWord) })
        let context: Set<String> = ["TH"]
        #expect(cities.allSatisfy { Gazetteer.shared.cities.pick(from: $0, contextCountries: context) == nil })
    }

    @Test("a city named again, in another wording or case, lists the same candidates each time")
    func repeatedCities() {
        let text = "Victoria, then Kunming, then VICTORIA, Victoria and Kunming again."
        let cities = Gazetteer.shared.mentions(in: text).compactMap { mention -> [City]? in
            if case .city(let candidates) = mention.entity { candidates } else { nil }
        }
        let victoria = Gazetteer.shared.cities.cities(named: "Victoria")
        let kunming = Gazetteer.shared.cities.cities(named: "Kunming")
        #expect(cities == [victoria, kunming, victoria, victoria, kunming])
    }

    @Test("offsets are UTF-8 byte offsets into the text")
    func offsets() {
        let text = "\u{FEFF}越南 Vietnam"
        let mention = Gazetteer.shared.mentions(in: text).first
        #expect(mention?.range == 10..<17, "\(String(describing: mention))")
    }

    @Test("scanning a large text finds every mention (speed sanity, no timing)")
    func largeText() {
        let sentence = "Officials from Laos, Myanmar and Thailand met in Kunming to fight drug trafficking. "
        let text = String(repeating: sentence, count: 5_000)
        #expect(Gazetteer.shared.mentions(in: text).count == 5 * 5_000)
    }
}

@Suite("Gazetteer title case")
struct GazetteerTitleCaseTests {
    @Test("an organisation written in capitals is also found with only its first capital")
    func titleCase() {
        let mentions = Gazetteer.shared.mentions(in: "Aseanapol chiefs met the Asean Secretariat.")
        #expect(mentions.map(\.entity) == [.organization("ASEANAPOL"), .organization("ASEAN_SECRETARIAT")])
        #expect(mentions.map(\.text) == ["Aseanapol", "Asean Secretariat"])
    }
}
