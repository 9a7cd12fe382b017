import Testing

@testable import Storage

/// A store held in memory: reports and the event each belongs to, updated the way the real
/// store is, one article at a time.
private struct MemoryStore {
    var reports: [ReportKey: MergeReport] = [:]
    var eventOf: [ReportKey: Int] = [:]
    var nextId = 1

    mutating func add(_ article: [MergeReport]) {
        for item in article { reports[item.key] = item }
        let all = reports
        let component = MergeComponent.around(article) { seed in
            guard let window = ReportAffinity.searchWindow(for: seed) else { return [] }
            return all.values.filter { other in
                if let days = other.days { return days.overlaps(window) }
                return other.published.map { window.contains($0) } ?? false
            }
        }
        let groups = EventClusterer.cluster(component).map { $0.map(\.key) }
        let ids = EventIdentity.reuse(groups: groups, previous: eventOf)
        for (group, id) in zip(groups, ids) {
            let assigned = id ?? nextId
            if id == nil { nextId += 1 }
            for key in group { eventOf[key] = assigned }
        }
    }

    var events: [[String]] {
        Dictionary(grouping: eventOf.keys, by: { eventOf[$0]! }).values
            .map { $0.map(\.description).sorted() }
            .sorted { $0.lexicographicallyPrecedes($1) }
    }
}

@Suite("Incremental merging")
struct IncrementalMergeTests {
    @Test("adding articles one by one, in any order, gives the events of clustering them all at once")
    func anyArrivalOrder() {
        let articles = Dictionary(grouping: EventClustererTests.week, by: \.key.article).values.map { $0 }
        let expected = partition(EventClusterer.cluster(EventClustererTests.week))
        for order in permutations(articles) {
            var store = MemoryStore()
            for article in order { store.add(article) }
            #expect(store.events == expected, "arrival order \(order.map { $0[0].key.article })")
        }
    }

    @Test("a bridging report pulls in everything linked to it")
    func componentFollowsChains() {
        let a = report("a", start: "2013-08-05", city: "Dhaka", country: "BD", countries: ["BD", "IN"])
        let b = report("b", start: "2013-08-05", end: "2013-08-06", city: "Dhaka", countries: ["BD", "IN"])
        let c = report("c", start: "2013-08", city: "Dhaka", country: "BD", countries: ["BD", "IN"])
        let component = MergeComponent.around([a]) { seed in [a, b, c].filter { $0.key != seed.key } }
        #expect(component.map(\.key.description) == ["a#0", "b#0", "c#0"])
    }

    @Test("an event keeps its id when a new report joins it")
    func stableIds() {
        let previous = [
            ReportKey(article: "x", index: 0): 7, ReportKey(article: "y", index: 0): 7,
            ReportKey(article: "z", index: 0): 9,
        ]
        let groups = [
            [
                ReportKey(article: "new", index: 0), ReportKey(article: "x", index: 0),
                ReportKey(article: "y", index: 0),
            ],
            [ReportKey(article: "z", index: 0)],
            [ReportKey(article: "other", index: 0)],
        ]
        #expect(EventIdentity.reuse(groups: groups, previous: previous) == [7, 9, nil])
    }

    @Test("when an event splits, the larger part keeps the id")
    func splitKeepsIdOnLargerPart() {
        let keys = (0..<3).map { ReportKey(article: "a\($0)", index: 0) }
        let previous = Dictionary(uniqueKeysWithValues: keys.map { ($0, 4) })
        #expect(EventIdentity.reuse(groups: [[keys[0]], [keys[1], keys[2]]], previous: previous) == [nil, 4])
    }
}
