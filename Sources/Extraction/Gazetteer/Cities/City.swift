/// A populated place of GeoNames with at least 15,000 people.
public struct City: Hashable, Sendable {
    /// The GeoNames English name: "Nay Pyi Taw", "Ho Chi Minh City", "Huế".
    public let name: String
    /// The name without diacritics ("Hue"); equal to `name` when it has none.
    public let asciiName: String
    /// ISO 3166-1 alpha-2 code of its country.
    public let countryCode: String
    /// Degrees north, rounded to 4 decimals.
    public let latitude: Double
    /// Degrees east, rounded to 4 decimals.
    public let longitude: Double
    public let population: Int
    /// Whether the name is also an ordinary English word or a very short name ("Nice",
    /// "Reading", "Police", "Ho"): a mention of it needs supporting context, such as its
    /// country named nearby, before it is taken as the city.
    public let isCommonWord: Bool
}
