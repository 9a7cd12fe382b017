/// The lookups behind ``CountryGazetteer/resolve(_:)``: the countries by code and by the key of
/// each name and wording.
struct CountryIndex: Sendable {
    /// The number in `all` of each country by its alpha-2 and alpha-3 code.
    let byCode: [String: Int]
    /// The alpha-2 code of each country by the ``key(_:)`` of its name and wordings: a name
    /// given last wins among names, a name over a wording, the first wording over later ones.
    let byWording: [String: String]

    /// Indexes the countries and wordings of `countries`.
    init(_ countries: CountryGazetteer) {
        var byCode: [String: Int] = [:]
        byCode.reserveCapacity(2 * countries.all.count)
        for (number, country) in countries.all.enumerated() {
            byCode[country.alpha2] = number
            byCode[country.alpha3] = number
        }
        var byWording: [String: String] = [:]
        byWording.reserveCapacity(countries.all.count + countries.wordings.count)
        for country in countries.all { byWording[Self.key(country.name)] = country.alpha2 }
        for wording in countries.wordings {
            let key = Self.key(wording.phrase)
            if byWording[key] == nil { byWording[key] = wording.code }
        }
        self.byCode = byCode
        self.byWording = byWording
    }

    /// The lookup key of a wording: lower case, typographic apostrophes made straight.
    static func key(_ text: String) -> String {
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
