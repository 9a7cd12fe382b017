/// What a gazetteer phrase in a text refers to.
public enum Entity: Hashable, Sendable {
    /// A country by its alpha-2 code, and how the text named it.
    case country(code: String, form: CountryForm)
    /// Every city with this name, most populous first; choose with
    /// ``CityGazetteer/pick(from:contextCountries:)``.
    case city([City])
    /// An organisation id of `organizations.tsv`.
    case organization(String)
    /// A group id of `groups.tsv`; expand with ``Groups/members(of:on:)``.
    case group(String)
    /// A topic id of `topics.tsv`.
    case topic(String)
    /// A name that contains a country or city but names something else: a sea, a region, a
    /// currency or a news outlet ("South China Sea", "US$", "Bangkok Post"); the string is that
    /// category. Reported so the country inside is not taken for a mention of it.
    case other(category: String)
}

/// A gazetteer phrase found in a text.
public struct EntityMention: Hashable, Sendable {
    /// UTF-8 byte offsets of the phrase in the text.
    public let range: Range<Int>
    public let entity: Entity
    /// The phrase as the text writes it.
    public let text: String
}
