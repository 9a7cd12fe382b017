/// Names that contain a country, demonym or city but name something else ("South China Sea",
/// "US$", "Bangkok Post"), from `tools/data/other-names.tsv` via `Generated/OtherNameTable.swift`.
///
/// The gazetteer matches them only so that the name inside them is not reported.
enum OtherNames {
    /// Each category ("sea", "region", "currency", "media") with its phrases.
    static func load() -> [(category: String, phrases: [String])] {
        GeneratedTable.records(OtherNameTable.categories).map { (String($0[0]), GeneratedTable.list($0[1])) }
    }
}
