/// The countries of ISO 3166-1 with every way news copy writes them.
///
/// Data: Debian iso-codes (LGPL-2.1+) and the reviewed table `tools/data/country-aliases.tsv`,
/// generated into `Generated/CountryTable.swift` by `tools/generate-gazetteers.py`.
public struct CountryGazetteer: Sendable {
    /// Every country, in ISO order.
    public let all: [Country]
    /// Every wording with its country, in the generator's order (names, aliases, demonyms).
    let wordings: [CountryWording]
    private let byCode: [String: Country]
    private let byWording: [String: String]

    /// Parses the generated table (done once by ``Gazetteer/shared``).
    public init() {
        all = GeneratedTable.records(CountryTable.countries).map {
            Country(
                alpha2: String($0[0]), alpha3: String($0[1]), name: String($0[2]),
                capital: $0.count > 3 && !$0[3].isEmpty ? String($0[3]) : nil)
        }
        wordings = GeneratedTable.records(CountryTable.phrases).map(CountryWording.init(record:))
        var byCode: [String: Country] = [:]
        for country in all {
            byCode[country.alpha2] = country
            byCode[country.alpha3] = country
        }
        var byWording: [String: String] = [:]
        for country in all { byWording[Self.key(country.name)] = country.alpha2 }
        for wording in wordings where byWording[Self.key(wording.phrase)] == nil {
            byWording[Self.key(wording.phrase)] = wording.code
        }
        self.byCode = byCode
        self.byWording = byWording
    }

    /// The country with this alpha-2 or alpha-3 code, in any case: "vn", "VNM".
    public func country(forCode code: String) -> Country? {
        byCode[code.uppercased()]
    }

    /// The country a user or a text means: an alpha-2 or alpha-3 code, a name, an alias or a
    /// demonym, in any case, with or without a leading "the": "vn", "VNM", "Viet Nam",
    /// "vietnam", "the Philippines", "Lao PDR", "Burmese".
    public func resolve(_ query: String) -> Country? {
        let trimmed = query.trimmingSpaces
        if let country = country(forCode: trimmed) { return country }
        var key = Self.key(trimmed)
        if key.hasPrefix("the "), byWording[key] == nil { key.removeFirst(4) }
        return byWording[key].flatMap { byCode[$0] }
    }

    /// Up to `limit` country names closest to a query that did not resolve, nearest first
    /// (edit distance over names, aliases and demonyms, ties by name): "Vietnma" → "Vietnam".
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let target = Array(Self.key(query.trimmingSpaces).utf8)
        var best: [String: Int] = [:]
        for country in all {
            best[country.alpha2] = EditDistance.between(target, Array(Self.key(country.name).utf8))
        }
        for wording in wordings where wording.occursInText {
            let distance = EditDistance.between(target, Array(Self.key(wording.phrase).utf8))
            if distance < best[wording.code, default: .max] { best[wording.code] = distance }
        }
        return
            best
            .compactMap { code, distance in byCode[code].map { (name: $0.name, distance: distance) } }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }

    /// The lookup key of a wording: lower case, typographic apostrophes made straight.
    private static func key(_ text: String) -> String {
        let lowered = text.lowercased()
        // Replacing is costly even when there is nothing to replace; U+2019 starts with 0xE2.
        guard lowered.utf8.contains(0xE2) else { return lowered }
        return lowered.replacing("\u{2019}", with: "'")
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
