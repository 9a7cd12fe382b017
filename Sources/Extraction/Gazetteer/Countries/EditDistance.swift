/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
    /// The number of single-byte insertions, deletions and substitutions that turn `a` into `b`.
    static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for (i, byteA) in a.enumerated() {
            current[0] = i + 1
            for (j, byteB) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (byteA == byteB ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
