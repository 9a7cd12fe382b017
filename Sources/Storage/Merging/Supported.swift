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
