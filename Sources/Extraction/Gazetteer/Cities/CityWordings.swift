/// The wordings of the city table (``CityTable/wordings``): every distinct name, ASCII name and
/// English alternate, each with the numbers of the cities it names, kept as the table's bytes.
///
/// The table comes sorted by each wording's bytes with ASCII letters lower-cased, so a binary
/// search finds a wording as written and every wording equal to it but for ASCII case, and the
/// phrase trie receives the wordings already in its own order. Reading the table at start-up is
/// one pass over its bytes: no hashing, no strings, no lists of cities until one is asked for.
struct CityWordings: Sendable {
    /// The wordings of the generated table, read once.
    static let generated = CityWordings(CityTable.wordings)
    /// The Unicode lower case of each wording beyond ASCII, with the cities of all the wordings
    /// that share it (``CityTable/lowercased``; with no ASCII capitals, it is sorted as required).
    static let lowercased = CityWordings(CityTable.lowercased)

    /// The table's lines: wording `w` is `bytes[starts[w]..<tabs[w]]`, and the numbers of its
    /// cities, separated by "|", are `bytes[tabs[w] + 1..<starts[w + 1] - 1]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let tabs: [Int32]

    /// Reads a table of lines `wording<TAB>number|number...`, sorted as the type requires.
    init(_ table: String) {
        var bytes = Array(table.utf8)
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        var starts: [Int32] = [0]
        var tabs: [Int32] = []
        // About sixteen bytes a line.
        starts.reserveCapacity(bytes.count / 16)
        tabs.reserveCapacity(bytes.count / 16)
        bytes.withUnsafeBufferPointer { bytes in
            var index = TableBreaks.fieldEnd(from: 0, in: bytes)
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\t") {
                    tabs.append(Int32(index))
                } else if bytes[index] == UInt8(ascii: "\n") {
                    starts.append(Int32(index + 1))
                }
                index = TableBreaks.fieldEnd(from: index + 1, in: bytes)
            }
        }
        precondition(tabs.count == starts.count - 1, "CityWordings: a line without its city numbers")
        self.bytes = bytes
        self.starts = starts
        self.tabs = tabs
    }

    /// The number of wordings.
    var count: Int { tabs.count }

    /// Calls `body` with each wording's number and bytes, in table order.
    func forEachWording(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            for wording in 0..<count { body(wording, Self.slice(bytes, Int(starts[wording]), Int(tabs[wording]))) }
        }
    }

    /// Appends every wording to `phrases` in table order, the bytes of all in one piece.
    func appendWordings(to phrases: inout PackedPhrases) {
        bytes.withUnsafeBufferPointer { bytes in
            var total = 0
            for wording in 0..<count { total += Int(tabs[wording] - starts[wording]) }
            let base = phrases.bytes.count
            phrases.starts.reserveCapacity(phrases.starts.count + count)
            let packed = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
                for wording in 0..<count {
                    let start = Int(starts[wording])
                    let length = Int(tabs[wording]) - start
                    (buffer.baseAddress! + initialized).initialize(from: bytes.baseAddress! + start, count: length)
                    initialized += length
                    phrases.starts.append(Int32(base + initialized))
                }
            }
            phrases.bytes.append(contentsOf: packed)
        }
    }

    /// The number of the wording spelled exactly `name`, or `nil`.
    func number(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        number(of: name, among: numbers(ignoringCase: name))
    }

    /// The number of the wording spelled exactly `name` among `candidates`, the wordings equal
    /// to it but for ASCII case (``numbers(ignoringCase:)``), or `nil`.
    func number(of name: UnsafeBufferPointer<UInt8>, among candidates: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            candidates.first { candidate in
                let start = Int(starts[candidate])
                guard Int(tabs[candidate]) - start == name.count else { return false }
                for offset in 0..<name.count where bytes[start + offset] != name[offset] { return false }
                return true
            }
        }
    }

    /// The numbers of the wordings equal to `name` when ASCII letters are lower-cased, in table order.
    func numbers(ignoringCase name: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        bytes.withUnsafeBufferPointer { bytes in
            let first = firstNotBelow(name, in: bytes)
            var end = first
            while end < count, compareFolded(end, name, in: bytes) == 0 { end += 1 }
            return first..<end
        }
    }

    /// The numbers of the cities wording `wording` names, ascending (most populous first).
    func cities(of wording: Int) -> [Int32] {
        var numbers: [Int32] = []
        forEachCity(of: wording) { numbers.append(Int32($0)) }
        return numbers
    }

    /// The number of the first city wording `wording` names, its most populous.
    func firstCity(of wording: Int) -> Int {
        var value = 0
        var index = Int(tabs[wording]) + 1
        while bytes[index] &- UInt8(ascii: "0") < 10 {
            value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
            index += 1
        }
        return value
    }

    /// How many cities wording `wording` names.
    func cityCount(of wording: Int) -> Int {
        var count = 1
        for index in Int(tabs[wording]) + 1..<Int(starts[wording + 1]) - 1 where bytes[index] == UInt8(ascii: "|") {
            count += 1
        }
        return count
    }

    /// Calls `body` with the number of each city wording `wording` names, ascending.
    func forEachCity(of wording: Int, _ body: (Int) -> Void) {
        var value = 0
        for index in Int(tabs[wording]) + 1..<Int(starts[wording + 1]) {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
            } else {
                body(value)
                value = 0
            }
        }
    }

    /// The numbers of the cities any of `wordings` names, ascending, each once.
    func cities(of wordings: Range<Int>) -> [Int32] {
        guard wordings.count > 1 else { return wordings.isEmpty ? [] : cities(of: wordings.lowerBound) }
        return Array(Set(wordings.flatMap { cities(of: $0) })).sorted()
    }

    /// ASCII upper-case letters lower-cased; every other byte unchanged.
    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private static func slice(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<
        UInt8
    > {
        UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Wording `wording` against `name`, both with ASCII letters lower-cased: negative when the
    /// wording sorts first, 0 when equal, positive when it sorts after.
    private func compareFolded(
        _ wording: Int, _ name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let start = Int(starts[wording])
        let length = Int(tabs[wording]) - start
        var offset = 0
        while offset < length && offset < name.count {
            let (mine, theirs) = (Self.folded(bytes[start + offset]), Self.folded(name[offset]))
            if mine != theirs { return Int(mine) - Int(theirs) }
            offset += 1
        }
        return length - name.count
    }

    /// The first wording that does not sort before `name` (both folded), or `count`.
    private func firstNotBelow(_ name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if compareFolded(middle, name, in: bytes) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
