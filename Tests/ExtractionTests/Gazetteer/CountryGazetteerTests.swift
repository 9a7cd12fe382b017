import Testing

@testable import Extraction

@Suite("Country gazetteer")
struct CountryGazetteerTests {
    let countries = Gazetteer.shared.countries

    @Test(
        "resolves codes, names, aliases and demonyms in any case",
        arguments: [
            ("vn", "VN"), ("VNM", "VN"), ("Viet Nam", "VN"), ("vietnam", "VN"), ("Vietnamese", "VN"),
            ("ROK", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("DPRK", "KP"),
            ("North Korea", "KP"), ("Lao PDR", "LA"), ("the Laos", "LA"), ("Laotian", "LA"), ("Burma", "MM"),
            ("Myanmar", "MM"), ("Burmese", "MM"), ("Kampuchea", "KH"), ("Khmer", "KH"), ("the Philippines", "PH"),
            ("Filipino", "PH"), ("Thai", "TH"), ("Chinese", "CN"), ("Timor-Leste", "TL"), ("East Timor", "TL"),
            ("U.S.", "US"), ("USA", "US"), ("United States of America", "US"), ("British", "GB"), ("UK", "GB"),
            ("Russian Federation", "RU"), ("Brunei", "BN"), ("Brunei Darussalam", "BN"), ("Korea, Republic of", "KR"),
            ("Lao People\u{2019}s Democratic Republic", "LA"), ("  Singapore ", "SG"),
        ])
    func resolves(query: String, code: String) {
        let country = countries.resolve(query)
        #expect(country?.alpha2 == code, "\"\(query)\" resolved to \(String(describing: country))")
    }

    @Test("unknown names do not resolve", arguments: ["Atlantis", "", "Asia"])
    func unknown(query: String) {
        #expect(countries.resolve(query) == nil)
    }

    @Test("countries carry their common English name and both codes")
    func names() {
        let vietnam = Country(alpha2: "VN", alpha3: "VNM", name: "Vietnam", capital: "Hanoi")
        #expect(countries.country(forCode: "vn") == vietnam)
        #expect(countries.country(forCode: "KOR")?.name == "South Korea")
        #expect(countries.country(forCode: "LA")?.name == "Laos")
        #expect(countries.country(forCode: "XX") == nil)
        #expect(countries.all.count > 240)
    }

    @Test(
        "suggests the nearest names for a misspelling",
        arguments: [("Vietnma", "Vietnam"), ("Cambodai", "Cambodia"), ("Phillipines", "Philippines")])
    func suggestions(query: String, expected: String) {
        let suggestions = countries.suggestions(for: query, limit: 3)
        #expect(suggestions.first == expected, "for \"\(query)\": \(suggestions)")
        #expect(suggestions.count == 3)
    }
}
