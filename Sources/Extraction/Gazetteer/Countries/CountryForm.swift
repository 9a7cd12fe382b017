/// How a text names a country.
public enum CountryForm: String, Hashable, Sendable {
    /// A name: "Vietnam", "Viet Nam", "Lao People's Democratic Republic".
    case name
    /// Another name or an abbreviation: "ROK", "Burma", "Lao PDR", "U.S.".
    case alias
    /// A word for its people or things: "Thai", "Filipinos", "Laotian".
    case demonym
}
