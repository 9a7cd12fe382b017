/// The countries of ISO 3166-1 with every way news copy writes them.
///
/// Data: Debian iso-codes (LGPL-2.1+) and the reviewed table `tools/data/country-aliases.tsv`,
/// generated into `Generated/CountryTable.swift` by `tools/generate-gazetteers.py`.
public struct CountryGazetteer: Sendable {
    /// Every country, in ISO order.
    public let all: [Country]
    /// Every wording with its country, in the generator's order (names, aliases, demonyms).
    let wordings: [CountryWording]
    /// The countries of the generated table, parsed once for the process.
    public static let shared = CountryGazetteer()

    /// Parses the generated table; prefer ``shared``.
    public init() {
        var all: [Country] = []
        all.reserveCapacity(256)
        GeneratedTable.forEachRecord(CountryTable.countries) { bytes, fields in
            func text(_ index: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
            }
            all.append(
                Country(
                    alpha2: text(0), alpha3: text(1), name: text(2),
                    capital: fields.count > 3 && !fields[3].isEmpty ? text(3) : nil))
        }
        var wordings: [CountryWording] = []
        wordings.reserveCapacity(1024)
        GeneratedTable.forEachRecord(CountryTable.phrases) { wordings.append(CountryWording($0, fields: $1)) }
        self.all = all
        self.wordings = wordings
    }

    /// The codes and wordings ``resolve(_:)`` looks up, indexed the first time one is asked for
    /// (extraction never asks): every instance holds the same generated table.
    private static let index = CountryIndex(shared)

    /// The country with this alpha-2 or alpha-3 code, in any case: "vn", "VNM".
    public func country(forCode code: String) -> Country? {
        Self.index.byCode[code.uppercased()].map { all[$0] }
    }

    /// The country a user or a text means: an alpha-2 or alpha-3 code, a name, an alias or a
    /// demonym, in any case, with or without a leading "the": "vn", "VNM", "Viet Nam",
    /// "vietnam", "the Philippines", "Lao PDR", "Burmese".
    public func resolve(_ query: String) -> Country? {
        let trimmed = query.trimmingSpaces
        if let country = country(forCode: trimmed) { return country }
        var key = CountryIndex.key(trimmed)
        if key.hasPrefix("the "), Self.index.byWording[key] == nil { key.removeFirst(4) }
        return Self.index.byWording[key].flatMap { country(forCode: $0) }
    }

    /// Up to `limit` country names closest to a query that did not resolve, nearest first
    /// (edit distance over names, aliases and demonyms, ties by name): "Vietnma" → "Vietnam".
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let target = Array(CountryIndex.key(query.trimmingSpaces).utf8)
        var best: [String: Int] = [:]
        for country in all {
            best[country.alpha2] = EditDistance.between(target, Array(CountryIndex.key(country.name).utf8))
        }
        for wording in wordings where wording.occursInText {
            let distance = EditDistance.between(target, Array(CountryIndex.key(wording.phrase).utf8))
            if distance < best[wording.code, default: .max] { best[wording.code] = distance }
        }
        return
            best
            .compactMap { code, distance in Self.index.byCode[code].map { (name: all[$0].name, distance: distance) } }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
