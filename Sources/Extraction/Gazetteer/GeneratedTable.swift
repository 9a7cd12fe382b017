/// Reads the tables in `Generated/`: one record per line, fields separated by tabs, lists
/// inside a field separated by "|".
///
/// The tables are split on UTF-8 bytes: they hold hundreds of thousands of fields, and
/// splitting on `Character`s (grapheme clusters) would dominate the start-up of every command.
enum GeneratedTable {
    /// The records of `table`, each split into its fields (empty fields kept).
    static func records(_ table: String) -> [[Substring]] {
        let bytes = table.utf8
        var records: [[Substring]] = []
        var fields: [Substring] = []
        var fieldStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                fields.append(Substring(bytes[fieldStart..<index]))
                fieldStart = bytes.index(after: index)
                if byte == UInt8(ascii: "\n") {
                    if fields.count > 1 || !fields[0].isEmpty { records.append(fields) }
                    fields.removeAll(keepingCapacity: true)
                }
            }
            index = bytes.index(after: index)
        }
        // The last line has no newline; its last field may be empty.
        fields.append(Substring(bytes[fieldStart..<bytes.endIndex]))
        if fields.count > 1 || !fields[0].isEmpty { records.append(fields) }
        return records
    }

    /// The items of a "|"-separated list field (empty items dropped).
    static func list(_ field: Substring) -> [String] {
        field.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)) }
    }
}
