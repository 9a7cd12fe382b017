/// Reads the tables in `Generated/`: one record per line, fields separated by tabs, lists
/// inside a field separated by "|".
enum GeneratedTable {
    /// The records of `table`, each split into its fields (empty fields kept).
    static func records(_ table: String) -> [[Substring]] {
        table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    /// The items of a "|"-separated list field.
    static func list(_ field: Substring) -> [String] {
        field.split(separator: "|").map(String.init)
    }
}
