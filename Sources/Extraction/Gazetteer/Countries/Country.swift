/// A country or territory of ISO 3166-1.
public struct Country: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 code, e.g. "VN".
    public let alpha2: String
    /// ISO 3166-1 alpha-3 code, e.g. "VNM".
    public let alpha3: String
    /// The common English name, e.g. "Vietnam", "South Korea", "Laos".
    public let name: String
    /// The GeoNames name of its capital ("Vientiane", "Nay Pyi Taw"), or `nil`.
    public let capital: String?
}
