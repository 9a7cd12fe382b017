/// Finds every report that merging a new report may touch: those linked to it by a chain of
/// compatible pairs. Re-clustering that whole set gives the same events as clustering the
/// entire database, which is what keeps incremental merging order-independent.
public enum MergeComponent {
    /// The reports connected to `seeds` through compatible pairs, seeds included, sorted by key.
    ///
    /// - Parameter candidates: the stored reports that may be compatible with a report: at least
    ///   every report dated (or, undated, published) inside ``ReportAffinity/searchWindow(for:)``.
    /// - Throws: what `candidates` throws.
    public static func around(
        _ seeds: [MergeReport], candidates: (MergeReport) throws -> [MergeReport]
    ) rethrows -> [MergeReport] {
        var found: [ReportKey: MergeReport] = [:]
        var queue: [MergeReport] = []
        for seed in seeds where found[seed.key] == nil {
            found[seed.key] = seed
            queue.append(seed)
        }
        while let report = queue.popLast() {
            for other in try candidates(report) where found[other.key] == nil {
                guard ReportAffinity.compatible(report, other) else { continue }
                found[other.key] = other
                queue.append(other)
            }
        }
        return found.values.sorted { $0.key < $1.key }
    }
}
