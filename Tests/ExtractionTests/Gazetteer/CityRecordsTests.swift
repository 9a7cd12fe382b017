import Testing

@testable import Extraction

@Suite("City records")
struct CityRecordsTests {
    let records = CityRecords("Huế\tHue\tVN\t16.4619\t107.5955\t287217\t0\nNice\t\tFR\t43.7031\t7.2661\t338620\t1")

    @Test("a city is read from its line, the ASCII name defaulting to the name")
    func city() {
        #expect(records.count == 2)
        let hue = records.city(0)
        #expect(hue.name == "Huế" && hue.asciiName == "Hue" && hue.countryCode == "VN")
        #expect(hue.latitude == 16.4619 && hue.longitude == 107.5955 && hue.population == 287_217)
        #expect(!hue.isCommonWord)
        let nice = records.city(1)
        #expect(nice.name == "Nice" && nice.asciiName == "Nice" && nice.isCommonWord)
    }

    @Test("the generated table reads whole, most populous first")
    func generated() {
        let all = Gazetteer.shared.cities.all
        #expect(all.count == CityRecords.generated.count && all.count > 30_000)
        #expect(all.first?.name == "Shanghai")
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.population >= $1.population })
    }
}
