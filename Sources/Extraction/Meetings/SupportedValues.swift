/// The values found for one field of a gathering (country codes, organisation or topic ids),
/// each with the range of the words that first support it.
///
/// A gathering has a handful of each, so the list is searched in order: a few string
/// compares cost less than hashing every value.
///
///     var countries = SupportedValues()
///     countries.add("VN", 10..<18)
///     countries.add("VN", 40..<48)   // already there: keeps 10..<18
///     countries.sorted.map(\.value)  // ["VN"]
struct SupportedValues: Sendable {
    struct Entry: Sendable {
        var value: String
        var range: Range<Int>
    }

    private(set) var entries: [Entry] = []

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }
    /// The values, in the order found.
    var values: [String] { entries.map(\.value) }
    /// The entries in value order, as evidence is listed.
    var sorted: [Entry] { entries.sorted { $0.value < $1.value } }

    func contains(_ value: String) -> Bool {
        entries.contains { $0.value == value }
    }

    /// Adds `value` with its supporting range unless it is already there.
    mutating func add(_ value: String, _ range: Range<Int>) {
        if !contains(value) { entries.append(Entry(value: value, range: range)) }
    }
}
