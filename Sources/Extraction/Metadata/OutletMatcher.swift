/// Names the outlet a line of text mentions, using the `Outlets` table.
enum OutletMatcher {
    /// Patterns longest first, each with its outlet's name.
    private static let patterns: [(pattern: [UInt8], name: String)] = Outlets.table
        .flatMap { entry in entry.patterns.map { (Array($0.utf8), entry.name) } }
        .sorted { $0.pattern.count > $1.pattern.count }

    /// The outlet whose longest pattern occurs in `bytes[range]` on word boundaries.
    static func outlet(in bytes: [UInt8], _ range: Range<Int>) -> String? {
        for (pattern, name) in patterns {
            var from = range.lowerBound
            while let found = ByteSearch.find(pattern, in: bytes, from: from, to: range.upperBound) {
                let end = found + pattern.count
                let before = found > range.lowerBound ? bytes[found - 1] : 0x20
                let after = end < range.upperBound ? bytes[end] : 0x20
                if !ByteClass.isAlphanumeric(before) && !ByteClass.isAlphanumeric(after) { return name }
                from = found + 1
            }
        }
        return nil
    }

    /// The outlet a whole string names (a `<meta>` site name, a `<title>` suffix).
    static func outlet(in text: String) -> String? {
        let bytes = Array(text.utf8)
        return outlet(in: bytes, 0..<bytes.count)
    }
}
