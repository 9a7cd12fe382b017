import Testing

@testable import Extraction

/// A country's capital is known without a venue name that the article spells out.
@Suite("Capital cities")
struct CapitalCityTests {
    private func meeting(_ text: String) -> Meeting? {
        let meetings = Extractor().extract(Array(text.utf8)).meetings
        #expect(meetings.count == 1, "in: \(text)\ngot: \(meetings)")
        return meetings.first
    }

    @Test("every country of the region has its capital among the cities")
    func capitals() {
        let expected = [
            "LA": "Vientiane", "MM": "Nay Pyi Taw", "VN": "Hanoi", "KH": "Phnom Penh", "BN": "Bandar Seri Begawan",
            "TH": "Bangkok", "CN": "Beijing",
        ]
        for (code, name) in expected {
            #expect(Gazetteer.shared.capitals[code]?.name == name, "capital of \(code)")
        }
    }

    @Test(
        "'the Lao capital' and 'Cambodia's capital' name the capital as the venue",
        arguments: [
            ("took place in the Lao capital", "Vientiane", "LA"),
            ("took place in Cambodia's capital", "Phnom Penh", "KH"),
            ("took place in Laos' capital", "Vientiane", "LA"),
        ])
    func capitalPhrase(venue: String, city: String, country: String) {
        let found = meeting(
            """
            VIENTIANE, Oct. 17, 2024 (Xinhua) -- Police chiefs from Laos, Cambodia and Vietnam held a meeting \
            on drug trafficking on Wednesday. The meeting \(venue).
            """)
        #expect(found?.city == city)
        #expect(found?.country == country)
    }

    @Test("a small capital is the host city even when the article never names its country")
    func smallCapital() {
        let found = meeting(
            """
            HANOI, Aug. 28, 2026 (VNA) -- Ministers from Laos and Vietnam held a meeting on drug trafficking \
            in Bandar Seri Begawan on Thursday.
            """)
        #expect(found?.city == "Bandar Seri Begawan")
        #expect(found?.country == "BN")
    }
}
