import Testing

@testable import Extraction

@Suite("Country index")
struct CountryIndexTests {
    @Test("keys are lower case with straight apostrophes, ASCII or not")
    func keys() {
        #expect(CountryIndex.key("VIET Nam") == "viet nam")
        #expect(CountryIndex.key("lao pdr") == "lao pdr")
        #expect(CountryIndex.key("C\u{00D4}TE D\u{2019}IVOIRE") == "c\u{00F4}te d'ivoire")
        #expect(CountryIndex.key("Lao People\u{2019}s") == "lao people's")
        #expect(CountryIndex.key("") == "")
    }

    @Test("codes give the country's number, wordings its code; a name wins over a wording")
    func lookups() {
        let countries = CountryGazetteer.shared
        let index = CountryIndex(countries)
        let vietnam = index.byCode["VNM"].map { countries.all[$0] }
        #expect(vietnam?.alpha2 == "VN" && index.byCode["VN"] == index.byCode["VNM"])
        #expect(index.byWording["vietnamese"] == "VN" && index.byWording["burma"] == "MM")
        for country in countries.all { #expect(index.byWording[CountryIndex.key(country.name)] != nil) }
    }
}
