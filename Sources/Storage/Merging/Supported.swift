/// A value of an event's field with the number of reports that give it.
public struct Supported<Value: Hashable & Sendable>: Hashable, Sendable {
    public let value: Value
    /// How many of the event's reports give this value.
    public let support: Int

    public init(_ value: Value, support: Int) {
        self.value = value
        self.support = support
    }
}

extension Array where Element == String {
    /// Every value with its support, most supported first, ties in alphabetical order.
    func tallied() -> [Supported<String>] {
        // Most events have one report: one value needs no counting.
        if count == 1 { return [Supported(self[0], support: 1)] }
        var counts: [String: Int] = [:]
        for value in self { counts[value, default: 0] += 1 }
        return counts.map { Supported($0.key, support: $0.value) }
            .sorted { ($1.support, $0.value) < ($0.support, $1.value) }
    }
}

extension Array where Element: Comparable & Hashable & Sendable {
    /// The value given most often, with its support; among values given equally often, the
    /// least. `nil` when empty. The same value as the first of ``tallied()``; a few values (the
    /// reports of most events) are counted in place, more in a table of counts.
    func mostSupported() -> Supported<Element>? {
        guard let first else { return nil }
        if count == 1 { return Supported(first, support: 1) }
        if count > Self.countedInPlace {
            var counts: [Element: Int] = [:]
            for value in self { counts[value, default: 0] += 1 }
            return counts.map { Supported($0.key, support: $0.value) }
                .min { ($1.support, $0.value) < ($0.support, $1.value) }
        }
        var best = first
        var support = 0
        for index in indices {
            let value = self[index]
            // Each distinct value is counted at its first place only.
            if self[..<index].contains(value) { continue }
            var times = 1
            for other in self[(index + 1)...] where other == value { times += 1 }
            if times > support || (times == support && value < best) {
                best = value
                support = times
            }
        }
        return Supported(best, support: support)
    }

    /// Up to this many values are counted in place (each against the others), without a table.
    static var countedInPlace: Int { 12 }
}
