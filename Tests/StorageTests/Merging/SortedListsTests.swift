import Testing

@testable import Storage

@Suite("Sorted lists")
struct SortedListsTests {
    @Test(
        "the overlap of two sorted lists is the one their sets give",
        arguments: [
            (["KH", "LA", "TH", "VN"], ["LA", "MM", "VN"]), (["CN"], ["CN"]), (["CN"], ["LA"]),
            ([], ["LA"]), (["asean", "china", "law"], ["china", "law"]), ([], []),
        ] as [([String], [String])])
    func overlap(a: [String], b: [String]) {
        let shared = Set(a).intersection(b).count
        #expect(SortedLists.sharedCount(a, b) == shared, "\(a) \(b)")
        let expected = a.isEmpty || b.isEmpty ? 0 : Double(shared) / Double(Set(a).union(b).count)
        #expect(SortedLists.jaccard(a, b) == expected, "\(a) \(b)")
        #expect(SortedLists.jaccard(b, a) == expected, "\(b) \(a)")
    }
}
