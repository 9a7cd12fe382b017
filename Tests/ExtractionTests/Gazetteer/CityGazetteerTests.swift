import Testing

@testable import Extraction

@Suite("City gazetteer")
struct CityGazetteerTests {
    let cities = Gazetteer.shared.cities

    @Test(
        "finds capitals and provincial cities by name and English alternate",
        arguments: [
            ("Nay Pyi Taw", "Nay Pyi Taw", "MM"), ("Naypyidaw", "Nay Pyi Taw", "MM"),
            ("Ho Chi Minh City", "Ho Chi Minh City", "VN"), ("Saigon", "Ho Chi Minh City", "VN"),
            ("Bandar Seri Begawan", "Bandar Seri Begawan", "BN"), ("Vientiane", "Vientiane", "LA"),
            ("Phnom Penh", "Phnom Penh", "KH"), ("Kunming", "Kunming", "CN"), ("Nanning", "Nanning", "CN"),
            ("Lianyungang", "Lianyungang", "CN"), ("Rangoon", "Yangon", "MM"), ("Hue", "Huế", "VN"),
            ("beijing", "Beijing", "CN"),
        ])
    func lookup(query: String, name: String, country: String) {
        let found = cities.cities(named: query)
        #expect(found.first?.name == name && found.first?.countryCode == country, "\"\(query)\" gave \(found)")
    }

    @Test("ambiguous names list every city, most populous first")
    func ambiguous() {
        let found = cities.cities(named: "Victoria")
        #expect(found.count > 3, "\(found)")
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.population >= $1.population })
        #expect(Set(found.map(\.countryCode)).count > 2)
    }

    @Test("cities have coordinates and population")
    func attributes() throws {
        let kunming = try #require(cities.cities(named: "Kunming").first)
        #expect(abs(kunming.latitude - 25.04) < 0.1 && abs(kunming.longitude - 102.72) < 0.1, "\(kunming)")
        #expect(kunming.population > 1_000_000)
        #expect(!kunming.isCommonWord)
    }

    @Test(
        "names that are English words are marked; big cities and capitals are not",
        arguments: [
            ("Nice", true), ("Reading", true), ("Police", true), ("Split", true), ("Mobile", true),
            ("Asia", true), ("Shanghai", false), ("Vientiane", false), ("Male", false),
        ])
    func commonWords(name: String, isCommon: Bool) {
        let city = cities.cities(named: name).first
        #expect(city?.isCommonWord == isCommon, "\(name): \(String(describing: city))")
    }

    @Test("a common-word city needs its country in the context; others do not")
    func picking() {
        let police = cities.cities(named: "Police")
        #expect(cities.pick(from: police, contextCountries: []) == nil)
        #expect(cities.pick(from: police, contextCountries: ["PL"])?.countryCode == "PL")
        let victoria = cities.cities(named: "Victoria")
        let inSeychelles = cities.pick(from: victoria, contextCountries: ["SC", "MU"])
        #expect(inSeychelles?.countryCode == "SC", "\(String(describing: inSeychelles))")
        #expect(cities.pick(from: cities.cities(named: "Kunming"), contextCountries: [])?.name == "Kunming")
        #expect(cities.pick(from: [], contextCountries: ["CN"]) == nil)
    }
}

@Suite("City gazetteer lookups ignoring case")
struct CityGazetteerCaseTests {
    let cities = Gazetteer.shared.cities

    @Test(
        "a name in capitals or lower case finds the cities of every wording it equals",
        arguments: [("BANGKOK", "Bangkok"), ("HUẾ", "Huế"), ("são paulo", "São Paulo"), ("SÃO PAULO", "São Paulo")])
    func folded(query: String, name: String) {
        #expect(cities.cities(named: query).first?.name == name, "\(query): \(cities.cities(named: query))")
        #expect(cities.mostPopulous(named: query)?.name == name)
    }

    @Test("the most populous city of a name is the first of its list")
    func mostPopulous() {
        let victoria = cities.cities(named: "Victoria")
        #expect(cities.mostPopulous(named: "Victoria") == victoria.first)
        #expect(victoria.first?.population == victoria.map(\.population).max())
        #expect(cities.mostPopulous(named: "Atlantis-upon-Nowhere") == nil)
        // Written as no wording is: the first city of all the wordings with the same letters.
        for name in ["VICTORIA", "victoria", "SAIGON", "police", "ATLANTIS"] {
            #expect(cities.mostPopulous(named: name) == cities.cities(named: name).first, "\(name)")
        }
    }
}
