/// The engine of ``PhraseMatcher``: a byte trie over ASCII-folded phrases, kept in flat
/// buffers, scanned from every word start of a text.
///
/// Every phrase must begin at a word start, so instead of Aho-Corasick failure links the scan
/// walks the trie from each position where a phrase may begin and keeps the longest phrase
/// that ends at a word end and passes its case check: leftmost-longest by construction,
/// O(text length × depth walked), and the depth walked is a few bytes for ordinary text.
///
/// The buffers are written once in `init` and only read afterwards, which is why the class
/// can be `@unchecked Sendable`.
final class PhraseTrie: @unchecked Sendable {
    /// ASCII upper case to lower case; every other byte unchanged.
    private static let fold: [UInt8] = (0...255).map { byte in
        (65...90).contains(byte) ? UInt8(byte + 32) : UInt8(byte)
    }

    private let foldTable: UnsafeMutableBufferPointer<UInt8>
    /// Child of the root for each byte (upper and lower case alike), or -1.
    private let rootChild: UnsafeMutableBufferPointer<Int32>
    /// The first words of the phrases, to skip words that begin none.
    private let firstWords: FirstWordFilter
    /// Two entries per node, side by side so one cache line serves a step: node `n`'s edges
    /// are `edges[nodeTable[2n]..<nodeTable[2n + 2]]` and it completes the phrases
    /// `output[nodeTable[2n + 1]..<nodeTable[2n + 3]]`.
    private let nodeTable: UnsafeMutableBufferPointer<Int32>
    /// Each edge as `target << 8 | label`, sorted by label within a node.
    private let edges: UnsafeMutableBufferPointer<UInt32>
    /// The phrases each node completes (see `nodeTable`), in the order they were given.
    private let output: UnsafeMutableBufferPointer<Int32>
    /// Phrase `p`'s bytes as written are `phraseBytes[phraseStart[p]..<phraseStart[p + 1]]`.
    private let phraseStart: UnsafeMutableBufferPointer<Int32>
    private let phraseBytes: UnsafeMutableBufferPointer<UInt8>
    private let phraseCase: UnsafeMutableBufferPointer<PhraseCase>
    private let phraseNeedsWordStart: UnsafeMutableBufferPointer<Bool>
    private let phraseNeedsWordEnd: UnsafeMutableBufferPointer<Bool>

    /// The number of trie nodes, root included.
    let nodeCount: Int

    /// The order the trie is built in: byte order of the folded phrases, ties broken by their
    /// position in the input. Phrases are compared by their first eight bytes packed in one
    /// integer, and byte by byte only past those: the many thousand phrases are sorted at
    /// every start-up.
    private static func buildOrder(_ folded: PackedPhrases) -> [Int32] {
        folded.bytes.withUnsafeBufferPointer { bytes in
            folded.starts.withUnsafeBufferPointer { starts in
                var keys: [(prefix: UInt64, phrase: Int32)] = (0..<starts.count - 1).map { phrase in
                    var prefix: UInt64 = 0
                    let start = Int(starts[phrase])
                    let end = min(Int(starts[phrase + 1]), start + 8)
                    for index in start..<start + 8 { prefix = prefix << 8 | (index < end ? UInt64(bytes[index]) : 0) }
                    return (prefix, Int32(phrase))
                }
                keys.sort { x, y in
                    if x.prefix != y.prefix { return x.prefix < y.prefix }
                    let xStart = Int(starts[Int(x.phrase)])
                    let yStart = Int(starts[Int(y.phrase)])
                    let xCount = Int(starts[Int(x.phrase) + 1]) - xStart
                    let yCount = Int(starts[Int(y.phrase) + 1]) - yStart
                    var offset = 8
                    while offset < xCount && offset < yCount {
                        let (xByte, yByte) = (bytes[xStart + offset], bytes[yStart + offset])
                        if xByte != yByte { return xByte < yByte }
                        offset += 1
                    }
                    return xCount != yCount ? xCount < yCount : x.phrase < y.phrase
                }
                return keys.map(\.phrase)
            }
        }
    }

    /// A trie over `written`, phrase `p` to be matched as `cases[p]` requires.
    init(_ written: PackedPhrases, cases: [PhraseCase]) {
        let fold = Self.fold
        var folded = written
        for index in folded.bytes.indices { folded.bytes[index] = fold[Int(folded.bytes[index])] }
        let order = Self.buildOrder(folded)
        // Node n's first edge and first output, side by side (see `nodeTable`).
        var nodeStarts: [Int32] = []
        var labels: [UInt8] = []
        var targets: [Int32] = []
        var outputs: [Int32] = []
        // A node per byte at most, plus the root.
        let nodeBound = folded.bytes.count + 1
        nodeStarts.reserveCapacity(2 * nodeBound + 2)
        labels.reserveCapacity(nodeBound)
        targets.reserveCapacity(nodeBound)
        outputs.reserveCapacity(cases.count)
        folded.bytes.withUnsafeBufferPointer { bytes in
            folded.starts.withUnsafeBufferPointer { starts in
                /// Byte `level` of the phrase at `position` in `order`, which is at least that long.
                func label(_ position: Int, _ level: Int) -> UInt8 { bytes[Int(starts[Int(order[position])]) + level] }
                func length(_ position: Int) -> Int {
                    Int(starts[Int(order[position]) + 1] - starts[Int(order[position])])
                }
                // Breadth-first: node n covers order[low[n]..<high[n]], all sharing `depth[n]` bytes.
                var low = [0]
                var high = [order.count]
                var depth = [0]
                low.reserveCapacity(nodeBound)
                high.reserveCapacity(nodeBound)
                depth.reserveCapacity(nodeBound)
                var node = 0
                while node < low.count {
                    var start = low[node]
                    let end = high[node]
                    let level = depth[node]
                    nodeStarts.append(Int32(labels.count))
                    nodeStarts.append(Int32(outputs.count))
                    while start < end, length(start) == level {
                        outputs.append(order[start])
                        start += 1
                    }
                    while start < end {
                        let byte = label(start, level)
                        var stop = start + 1
                        while stop < end, label(stop, level) == byte { stop += 1 }
                        labels.append(byte)
                        targets.append(Int32(low.count))
                        low.append(start)
                        high.append(stop)
                        depth.append(level + 1)
                        start = stop
                    }
                    node += 1
                }
            }
        }
        nodeCount = nodeStarts.count / 2
        nodeStarts.append(Int32(labels.count))
        nodeStarts.append(Int32(outputs.count))
        precondition(nodeCount < 1 << 24, "PhraseTrie: too many nodes for 24-bit edge targets")

        var rootChildren = [Int32](repeating: -1, count: 256)
        for edge in Int(nodeStarts[0])..<Int(nodeStarts[2]) { rootChildren[Int(labels[edge])] = targets[edge] }
        for upper in 65...90 { rootChildren[upper] = rootChildren[upper + 32] }

        foldTable = .copy(fold)
        rootChild = .copy(rootChildren)
        firstWords = FirstWordFilter(phrases: written, cases: cases)
        nodeTable = .copy(nodeStarts)
        self.edges = .copy(zip(targets, labels).map { UInt32($0) << 8 | UInt32($1) })
        output = .copy(outputs)
        phraseStart = .copy(written.starts)
        phraseBytes = .copy(written.bytes)
        phraseCase = .copy(cases)
        // Whether a phrase begins (ends) with a word character, which then needs a word edge.
        let wordEdges = written.bytes.withUnsafeBufferPointer { bytes in
            (0..<cases.count).map { phrase in
                (
                    start: WordCharacter.startsWord(at: Int(written.starts[phrase]), in: bytes),
                    end: WordCharacter.endsWord(before: Int(written.starts[phrase + 1]), in: bytes)
                )
            }
        }
        phraseNeedsWordStart = .copy(wordEdges.map(\.start))
        phraseNeedsWordEnd = .copy(wordEdges.map(\.end))
    }

    deinit {
        foldTable.deallocate()
        phraseBytes.deallocate()
        edges.deallocate()
        for buffer in [rootChild, nodeTable, output, phraseStart] { buffer.deallocate() }
        phraseCase.deallocate()
        phraseNeedsWordStart.deallocate()
        phraseNeedsWordEnd.deallocate()
    }

    /// Calls `found` with the byte range and phrase index of each leftmost-longest,
    /// non-overlapping whole-word match, in text order.
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>, Int) -> Void) {
        let count = text.count
        var position = 0
        var afterWord = false  // whether a word character ends right before `position`
        while position < count {
            let (isWord, length) = WordCharacter.character(at: position, in: text)
            if isWord {
                // A word: only its start can begin a phrase, and only if it is a phrase's first word.
                let word = FirstWordFilter.word(from: position, in: text)
                if !afterWord, firstWords.contains(word),
                    let match = longestMatch(from: position, afterWord: false, in: text)
                {
                    found(position..<match.end, match.phrase)
                    position = match.end
                    afterWord = WordCharacter.endsWord(before: position, in: text)
                } else {
                    position = word.end
                    afterWord = true
                }
            } else if rootChild[Int(text[position])] >= 0,
                let match = longestMatch(from: position, afterWord: afterWord, in: text)
            {
                found(position..<match.end, match.phrase)
                position = match.end
                afterWord = WordCharacter.endsWord(before: position, in: text)
            } else {
                position += length
                afterWord = false
            }
        }
    }

    /// The longest phrase starting at `start` that ends at a word end and passes its case check.
    private func longestMatch(
        from start: Int, afterWord: Bool, in text: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, phrase: Int)? {
        let child = rootChild[Int(text[start])]
        guard child >= 0 else { return nil }
        var node = Int(child)
        var next = start + 1
        var best: (end: Int, phrase: Int)?
        while true {
            let outputs = Int(nodeTable[2 &* node &+ 1])..<Int(nodeTable[2 &* node &+ 3])
            if !outputs.isEmpty,
                let phrase = firstAccepted(outputs, from: start, to: next, afterWord: afterWord, in: text)
            {
                best = (next, phrase)
            }
            guard next < text.count, let target = step(from: node, label: foldTable[Int(text[next])]) else { break }
            node = target
            next += 1
        }
        return best
    }

    /// The node reached from `node` by `label`, if any.
    @inline(__always)
    private func step(from node: Int, label: UInt8) -> Int? {
        var low = Int(nodeTable[2 &* node])
        var high = Int(nodeTable[2 &* node &+ 2])
        let wanted = UInt32(label)
        if high - low <= 8 {
            while low < high {
                let edge = edges[low]
                if edge & 0xFF == wanted { return Int(edge >> 8) }
                low += 1
            }
            return nil
        }
        while low < high {
            let middle = (low + high) / 2
            let edge = edges[middle]
            if edge & 0xFF == wanted { return Int(edge >> 8) }
            if edge & 0xFF < wanted { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The first of the phrases completed at `end` whose word edges and case fit the text.
    private func firstAccepted(
        _ outputs: Range<Int>, from start: Int, to end: Int, afterWord: Bool, in text: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var beforeWord: Bool?
        for slot in outputs {
            let phrase = Int(output[slot])
            if afterWord && phraseNeedsWordStart[phrase] { continue }
            if phraseNeedsWordEnd[phrase] {
                let next = beforeWord ?? WordCharacter.startsWord(at: end, in: text)
                beforeWord = next
                if next { continue }
            }
            if caseFits(phrase, from: start, in: text) { return phrase }
        }
        return nil
    }

    /// Whether the text at `start` spells phrase `phrase` as its ``PhraseCase`` requires.
    private func caseFits(_ phrase: Int, from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = Int(phraseStart[phrase])..<Int(phraseStart[phrase + 1])
        switch phraseCase[phrase] {
        case .insensitive:
            return true
        case .exact:
            return bytes.allSatisfy { phraseBytes[$0] == text[start + $0 - bytes.lowerBound] }
        case .proper:
            if bytes.allSatisfy({ phraseBytes[$0] == text[start + $0 - bytes.lowerBound] }) { return true }
            return bytes.allSatisfy { index in
                let byte = phraseBytes[index]
                let upper = (97...122).contains(byte) ? byte - 32 : byte
                return upper == text[start + index - bytes.lowerBound]
            }
        }
    }
}

extension UnsafeMutableBufferPointer {
    /// A new buffer holding a copy of `elements`; the caller deallocates it.
    fileprivate static func copy(_ elements: [Element]) -> Self {
        let buffer = Self.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return buffer
    }
}

/// Phrases in one buffer: phrase `p` is `bytes[starts[p]..<starts[p + 1]]`.
struct PackedPhrases {
    var bytes: [UInt8] = []
    var starts: [Int32] = [0]

    /// Adds a phrase at the end.
    mutating func append(_ phrase: some Sequence<UInt8>) {
        // A String's UTF-8 copied as a block costs a fraction of appending it byte by byte.
        if phrase.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: phrase)
        }
        starts.append(Int32(bytes.count))
    }

    /// Phrase `phrase`'s bytes.
    func phrase(_ phrase: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(starts[phrase])..<Int(starts[phrase + 1])])
    }
}
