import Testing

@testable import Extraction

@Suite("Filled arrays")
struct FilledArrayTests {
    @Test("a filled array holds as many copies of the value as asked, like init(repeating:count:)")
    func sameAsRepeating() {
        for count in [0, 1, 7, 100] {
            #expect([Int](filledWith: 3, count: count) == [Int](repeating: 3, count: count))
            #expect([Int?](filledWith: nil, count: count) == [Int?](repeating: nil, count: count))
            #expect([String](filledWith: "a", count: count) == [String](repeating: "a", count: count))
            #expect([Int](filledWith: 3, count: count).capacity >= count)
        }
    }
}
