/// Names the outlet a line of text mentions, using the `Outlets` table.
enum OutletMatcher {
    /// Patterns longest first, each with its outlet's name.
    private static let patterns: [(pattern: [UInt8], name: String)] = Outlets.table
        .flatMap { entry in entry.patterns.map { (Array($0.utf8), entry.name) } }
        .sorted { $0.pattern.count > $1.pattern.count }

    /// The outlet whose longest pattern occurs in `bytes[range]` on word boundaries.
    static func outlet(in bytes: [UInt8], _ range: Range<Int>) -> String? {
        let line = bytes[range]
        for (pattern, name) in patterns {
            var from = line.startIndex
            while let found = line[from...].firstRange(of: pattern) {
                let before = found.lowerBound > line.startIndex ? line[found.lowerBound - 1] : 0x20
                let after = found.upperBound < line.endIndex ? line[found.upperBound] : 0x20
                if !ByteClass.isAlphanumeric(before) && !ByteClass.isAlphanumeric(after) { return name }
                from = found.lowerBound + 1
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
