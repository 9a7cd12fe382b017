/// Overlap of two lists sorted without repeats (the form of a meeting's countries,
/// organisations and topics, and of a title's words), found by walking both at once instead of
/// building sets: comparing two reports then allocates nothing.
enum SortedLists {
    /// How many values `a` and `b` share; both must be sorted without repeats.
    static func sharedCount(_ a: [String], _ b: [String]) -> Int {
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// |A ∩ B| / |A ∪ B| of two lists sorted without repeats; 0 when either is empty.
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = sharedCount(a, b)
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
