/// Which of several prefix lists a line may start with, told by its first two bytes: a bit
/// per list, found with one lookup for each byte instead of a test of each list.
///
///     let leads = PrefixLeads([(1, BytePatterns(["tags"])), (2, BytePatterns(["photo:"]))])
///     leads.lists(startingAt: Array("Photo: AFP".utf8)[...])   // 2
///
/// A bit clear means the list's `first(in:at:)` finds nothing at the start; a bit set means
/// only that it may (the two bytes are checked, not the whole pattern).
final class PrefixLeads: Sendable {
    /// For each byte value, the bits of the lists with a pattern that starts with it, then
    /// (from 256 on) the bits of the lists with a pattern that has it second or with a
    /// pattern of one byte: one array, taken hold of once per line.
    private let leads: [UInt8]

    /// The lists, each with its bit.
    init(_ lists: [(bit: UInt8, patterns: BytePatterns)]) {
        var leads = [UInt8](repeating: 0, count: 512)
        for (bit, patterns) in lists {
            for value in 0...255 {
                let byte = UInt8(value)
                if patterns.mayStart(with: byte) { leads[value] |= bit }
                if patterns.mayHaveSecond(byte) { leads[256 + value] |= bit }
            }
        }
        self.leads = leads
    }

    /// The bits of the lists that may have a pattern at the start of `bytes`.
    func lists<Bytes: RandomAccessCollection<UInt8>>(startingAt bytes: Bytes) -> UInt8 where Bytes.Index == Int {
        let start = bytes.startIndex
        guard start < bytes.endIndex else { return 0 }
        let first = leads[Int(bytes[start])]
        return start + 1 == bytes.endIndex ? first : first & leads[256 + Int(bytes[start + 1])]
    }
}
