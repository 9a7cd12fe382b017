/// Groups reports into events, the same way whatever order the reports come in.
///
/// Every compatible pair (``ReportAffinity/compatible(_:_:)``) is a candidate link. Links are
/// taken strongest first (ties by report keys), and a link joins its two groups unless that
/// would put two reports of one article together or two reports that contradict each other
/// (``ReportAffinity/score(_:_:)`` is `nil`). The result depends only on the set of reports.
public enum EventClusterer {
    /// The events of `reports`: each a list of reports sorted by key; events sorted by their first key.
    public static func cluster(_ reports: [MergeReport]) -> [[MergeReport]] {
        let sorted = reports.sorted { $0.key < $1.key }
        var links: [(score: Double, a: Int, b: Int)] = []
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                if let score = ReportAffinity.score(sorted[i], sorted[j]), score >= ReportAffinity.threshold {
                    links.append((score, i, j))
                }
            }
        }
        links.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
        var groups = sorted.indices.map { [$0] }
        var owner = Array(sorted.indices)
        for link in links {
            let x = owner[link.a]
            let y = owner[link.b]
            guard x != y, canJoin(groups[x], groups[y], in: sorted) else { continue }
            let (keep, drop) = x < y ? (x, y) : (y, x)
            for member in groups[drop] { owner[member] = keep }
            groups[keep] += groups[drop]
            groups[drop] = []
        }
        return groups.filter { !$0.isEmpty }.map { $0.sorted().map { sorted[$0] } }
    }

    /// Whether two groups may become one event: no article twice, no contradiction across them.
    private static func canJoin(_ x: [Int], _ y: [Int], in reports: [MergeReport]) -> Bool {
        for i in x {
            for j in y where ReportAffinity.score(reports[i], reports[j]) == nil { return false }
        }
        return true
    }
}
