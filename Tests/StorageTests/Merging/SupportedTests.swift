import Extraction
import Testing

@testable import Storage

@Suite("Supported values")
struct SupportedTests {
    @Test("the most supported value is the first tallied, the least of equals, in place or counted")
    func mostSupported() {
        let lists: [[String]] = [
            [], ["VN"], ["VN", "LA"], ["LA", "VN", "VN"], ["VN", "LA", "LA", "VN"], ["b", "a", "c", "a", "b"],
            Array(repeating: ["KH", "TH", "LA"], count: 5).flatMap { $0 } + ["TH"],
            Array(repeating: ["KH", "TH"], count: 7).flatMap { $0 },
        ]
        for list in lists {
            #expect(list.mostSupported() == list.tallied().first)
        }
        #expect(["VN", "LA", "LA", "VN"].mostSupported() == Supported("LA", support: 2))
        #expect(Array(repeating: ["KH", "TH"], count: 7).flatMap { $0 }.mostSupported() == Supported("KH", support: 7))
    }

    @Test("dates: the most given, then the earliest")
    func dates() {
        let day = { (iso: String) in PartialDate(iso: iso)! }
        #expect([day("2024-03-05"), day("2024-03-04")].mostSupported() == Supported(day("2024-03-04"), support: 1))
        #expect(
            [day("2024-03-05"), day("2024-03-04"), day("2024-03-05")].mostSupported()
                == Supported(day("2024-03-05"), support: 2))
    }
}
