/// Plain byte-string search on concrete arrays (the generic collection algorithms are far
/// slower on the hot path).
enum ByteSearch {
    /// The first index in `lower..<upper` where `pattern` starts, or `nil`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from lower: Int = 0, to upper: Int? = nil) -> Int? {
        let end = min(upper ?? bytes.count, bytes.count)
        guard let first = pattern.first, lower >= 0, end - lower >= pattern.count else { return nil }
        var k = lower
        let last = end - pattern.count
        while k <= last {
            if bytes[k] == first, hasPrefix(pattern, in: bytes, at: k) { return k }
            k += 1
        }
        return nil
    }

    /// Whether `bytes` holds `pattern` starting at `at`.
    static func hasPrefix(_ pattern: [UInt8], in bytes: [UInt8], at: Int) -> Bool {
        guard at >= 0, at + pattern.count <= bytes.count else { return false }
        var j = 0
        while j < pattern.count {
            if bytes[at + j] != pattern[j] { return false }
            j += 1
        }
        return true
    }
}
