/// Keeps event ids stable when a group of reports is re-clustered: each new event takes the
/// old id most of its reports had, so `show 12` still shows the same gathering after a new
/// article joins it.
public enum EventIdentity {
    /// For each group (in order), the old id it keeps, or `nil` for a new event.
    ///
    /// Groups are served largest first (ties: the given order); a group takes the old id most of
    /// its reports carried (ties: the smaller id) that no group served before it took.
    public static func reuse<Id: Hashable & Comparable>(
        groups: [[ReportKey]], previous: [ReportKey: Id]
    ) -> [Id?] {
        var result = [Id?](repeating: nil, count: groups.count)
        var taken: Set<Id> = []
        let order = groups.indices.sorted { (groups[$1].count, $0) < (groups[$0].count, $1) }
        for index in order {
            var votes: [Id: Int] = [:]
            for key in groups[index] {
                if let id = previous[key], !taken.contains(id) { votes[id, default: 0] += 1 }
            }
            let best = votes.min { ($1.value, $0.key) < ($0.value, $1.key) }
            if let id = best?.key {
                taken.insert(id)
                result[index] = id
            }
        }
        return result
    }
}
