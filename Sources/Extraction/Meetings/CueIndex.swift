/// Cue classes by token key: for each key that starts a phrase of some cue table, the bits
/// (`CueClass.bit`) of all such tables, so the tokenizer classes a token with one lookup.
///
///     CueIndex.shared.of(Tokenizer.key("talks")) & CueClass.kinds.bit != 0   // true
struct CueIndex: Sendable {
    /// The index of every table of `CueClass`.
    static let shared = CueIndex(
        CueClass.allCases.map { cue in
            let table = cue.table
            precondition(table.cue == cue, "CueClass.\(cue) gives the table of class \(table.cue)")
            return (cue.bit, table.firstKeys)
        })

    /// An index of no table, for tokenising the tables' own phrases.
    static let empty = CueIndex([])

    /// Keys and their bits by slot, probed with the key's own low bits; key 0 marks an empty slot.
    private let slots: [(key: UInt64, cues: UInt64)]
    private let mask: Int

    /// Builds the index of tables given by their bit and the first keys of their phrases.
    init(_ tables: [(bit: UInt64, firstKeys: [UInt64])]) {
        var byKey: [UInt64: UInt64] = [:]
        for table in tables {
            for key in table.firstKeys { byKey[key, default: 0] |= table.bit }
        }
        var capacity = 16
        while capacity < byKey.count * 4 { capacity *= 2 }
        mask = capacity - 1
        var slots = [(key: UInt64, cues: UInt64)](repeating: (0, 0), count: capacity)
        for (key, cues) in byKey {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = (key, cues)
        }
        self.slots = slots
    }

    /// The bits of the tables with a phrase that starts with the token `key`.
    @inline(__always) func of(_ key: UInt64) -> UInt64 {
        // `mask` keeps every probe inside the slots.
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = slots[slot]
                if found.key == key { return found.cues }
                if found.key == 0 { return 0 }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
