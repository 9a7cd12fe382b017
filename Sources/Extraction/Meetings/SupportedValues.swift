/// The values found for one field of a gathering (country codes, organisation or topic ids),
/// each with the range of the words that first support it, kept in value order as evidence
/// lists them.
///
/// A gathering has a handful of each, so the list is searched in order: a few string
/// compares cost less than hashing every value, and keeping the order on the way in costs
/// less than sorting a copy at the end.
///
///     var countries = SupportedValues()
///     countries.add("VN", 10..<18)
///     countries.add("CN", 30..<35)
///     countries.add("VN", 40..<48)   // already there: keeps 10..<18
///     countries.values               // ["CN", "VN"]
struct SupportedValues: Sendable {
    struct Entry: Sendable {
        var value: String
        var range: Range<Int>
    }

    /// The entries in value order.
    private(set) var entries: [Entry] = []

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }
    /// The values in order.
    var values: [String] { entries.map(\.value) }

    func contains(_ value: String) -> Bool {
        entries.contains { $0.value == value }
    }

    /// Adds `value` with its supporting range unless it is already there.
    mutating func add(_ value: String, _ range: Range<Int>) {
        var index = 0
        while index < entries.count, entries[index].value < value { index += 1 }
        guard index == entries.count || entries[index].value != value else { return }
        // Room for a handful at once rather than growing one by one.
        if entries.isEmpty { entries.reserveCapacity(8) }
        entries.append(Entry(value: value, range: range))
        // Moved down to its place by swaps: a handful of entries, no general insertion.
        var place = entries.count - 1
        while place > index {
            entries.swapAt(place, place - 1)
            place -= 1
        }
    }
}
