import Extraction
import Storage

/// Builds invented reports tersely: `report("a", start: "2019-05-14", city: "Hanoi", ...)`.
func report(
    _ article: String, _ index: Int = 0, published: String? = nil, kind: MeetingKind = .meeting,
    status: MeetingStatus = .held, name: String? = nil, start: String? = nil, end: String? = nil,
    city: String? = nil, country: String? = nil, countries: [String] = [], organizations: [String] = [],
    topics: [String] = []
) -> MergeReport {
    let meeting = Meeting(
        name: name, kind: kind, status: status, start: start.flatMap { PartialDate(iso: $0) },
        end: end.flatMap { PartialDate(iso: $0) }, city: city, country: country, countries: countries,
        organizations: organizations, topics: topics)
    let day = published.flatMap { PartialDate(iso: $0) }.map(\.firstDay)
    return MergeReport(key: ReportKey(article: article, index: index), published: day, meeting: meeting)
}

/// The events as sets of `article#index` strings, sorted, for readable comparisons.
func partition(_ events: [[MergeReport]]) -> [[String]] {
    events.map { $0.map(\.key.description).sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
}

/// Every ordering of `items` (Heap's algorithm).
func permutations<T>(_ items: [T]) -> [[T]] {
    var result: [[T]] = []
    var items = items
    func permute(_ n: Int) {
        if n <= 1 {
            result.append(items)
            return
        }
        for i in 0..<n {
            permute(n - 1)
            items.swapAt(n % 2 == 0 ? i : 0, n - 1)
        }
    }
    permute(items.count)
    return result
}

let aseanTen = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
