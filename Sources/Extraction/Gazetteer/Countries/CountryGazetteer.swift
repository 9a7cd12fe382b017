/// The countries of ISO 3166-1 with every way news copy writes them.
///
/// Data: Debian iso-codes (LGPL-2.1+) and the reviewed table `tools/data/country-aliases.tsv`,
/// generated into `Generated/CountryTable.swift` by `tools/generate-gazetteers.py`.
public struct CountryGazetteer: Sendable {
    /// Every country, in ISO order.
    public let all: [Country]
    /// Every wording with its country, in the generator's order (names, aliases, demonyms).
    let wordings: [CountryWording]
    /// The number in `all` of each country by its alpha-2 and alpha-3 code.
    private let byCode: [String: Int]
    /// The alpha-2 code of each country by the ``key(_:)`` of its name and wordings.
    private let byWording: [String: String]

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
        var byCode: [String: Int] = [:]
        byCode.reserveCapacity(2 * all.count)
        for (number, country) in all.enumerated() {
            byCode[country.alpha2] = number
            byCode[country.alpha3] = number
        }
        var byWording: [String: String] = [:]
        byWording.reserveCapacity(all.count + wordings.count)
        for country in all { byWording[Self.key(country.name)] = country.alpha2 }
        for wording in wordings {
            let key = Self.key(wording.phrase)
            if byWording[key] == nil { byWording[key] = wording.code }
        }
        self.all = all
        self.wordings = wordings
        self.byCode = byCode
        self.byWording = byWording
    }

    /// The country with this alpha-2 or alpha-3 code, in any case: "vn", "VNM".
    public func country(forCode code: String) -> Country? {
        byCode[code.uppercased()].map { all[$0] }
    }

    /// The country a user or a text means: an alpha-2 or alpha-3 code, a name, an alias or a
    /// demonym, in any case, with or without a leading "the": "vn", "VNM", "Viet Nam",
    /// "vietnam", "the Philippines", "Lao PDR", "Burmese".
    public func resolve(_ query: String) -> Country? {
        let trimmed = query.trimmingSpaces
        if let country = country(forCode: trimmed) { return country }
        var key = Self.key(trimmed)
        if key.hasPrefix("the "), byWording[key] == nil { key.removeFirst(4) }
        return byWording[key].flatMap { country(forCode: $0) }
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
            .compactMap { code, distance in byCode[code].map { (name: all[$0].name, distance: distance) } }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit)
            .map(\.name)
    }

    /// The lookup key of a wording: lower case, typographic apostrophes made straight.
    private static func key(_ text: String) -> String {
        var text = text
        if let lowered = text.withUTF8(asciiLowercased) { return lowered }
        return text.lowercased().replacing("\u{2019}", with: "'")
    }

    /// `bytes` with ASCII capitals lower-cased when all are ASCII (most wordings: no Unicode
    /// case rules needed, no apostrophe to replace), else `nil`.
    private static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                buffer[index] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
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
