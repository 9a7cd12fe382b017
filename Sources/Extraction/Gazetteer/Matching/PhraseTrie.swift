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
    /// What the scan does at each byte value.
    private let byteKinds: UnsafeMutableBufferPointer<ByteKind>
    /// Whether a space is stepped over (begins no phrase).
    private let spaceIsSkipped: Bool

    /// What the scan does at a byte.
    private enum ByteKind {
        /// Steps over it: an ASCII byte that is no word character and begins no phrase (a space).
        case skip
        /// Reads a word: an ASCII letter or digit.
        case word
        /// Looks closer: an ASCII byte that begins a phrase without being a word character, or a
        /// byte of 0x80 or more.
        case other
    }
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
                    (prefix(of: Int(starts[phrase])..<Int(starts[phrase + 1]), in: bytes), Int32(phrase))
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

    /// The first eight bytes of `bytes[range]` (zeros past its end), the first the most
    /// significant: integers that order as the bytes do.
    private static func prefix(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard range.lowerBound + 8 <= bytes.count else {
            var prefix: UInt64 = 0
            for index in range.lowerBound..<range.lowerBound + 8 {
                prefix = prefix << 8 | (index < range.upperBound ? UInt64(bytes[index]) : 0)
            }
            return prefix
        }
        let eight = UInt64(
            bigEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
        // A phrase is never empty: at most 56 bits are cleared.
        return range.count >= 8 ? eight : eight & ~((1 << UInt64(64 - 8 * range.count)) - 1)
    }

    /// The trie's tables (see `nodeTable`, `edges` and `output`) for the folded phrases taken in
    /// `order`. Each phrase adds a node for every byte past the prefix it shares with the phrase
    /// before it, so the nodes come out depth-first, each node's children in label order; the
    /// edges and outputs are then grouped by node with a counting sort.
    /// Also gives, for each phrase, the node its first word leads to (as `firstWordEnds` says
    /// where that word ends; -1 for none).
    /// The three tables are new buffers the trie keeps and deallocates.
    private static func layout(
        _ folded: PackedPhrases, order: [Int32], firstWordEnds: [Int32]
    ) -> (
        nodeTable: UnsafeMutableBufferPointer<Int32>, edges: UnsafeMutableBufferPointer<UInt32>,
        outputs: UnsafeMutableBufferPointer<Int32>, firstWordNodes: [Int32]
    ) {
        // Node n hangs from parent[n] by label[n]; node 0 is the root. A node per byte at most.
        // Plain buffers written by index: the loops below run once per node, hundreds of
        // thousands of times at every start-up.
        let parent = UnsafeMutableBufferPointer<Int32>.allocate(capacity: folded.bytes.count + 1)
        let label = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: folded.bytes.count + 1)
        // The node where the phrase at each position of `order` ends.
        let ends = UnsafeMutableBufferPointer<Int32>.allocate(capacity: order.count)
        // The nodes along the previous phrase, by depth.
        let path = UnsafeMutableBufferPointer<Int32>.allocate(capacity: folded.bytes.count + 1)
        defer { for buffer in [parent, ends, path] { buffer.deallocate() } }
        defer { label.deallocate() }
        parent[0] = -1
        label[0] = 0
        path[0] = 0
        var nodeCount = 1
        var firstWordNodes = [Int32](repeating: -1, count: order.count)
        folded.bytes.withUnsafeBufferPointer { bytes in
            folded.starts.withUnsafeBufferPointer { starts in
                var previous = (start: 0, count: 0)
                for position in order.indices {
                    let phrase = Int(order[position])
                    let start = Int(starts[phrase])
                    let count = Int(starts[phrase + 1]) - start
                    let shared = sharedPrefix(start, previous.start, min(count, previous.count), in: bytes)
                    for depth in shared..<count {
                        parent[nodeCount] = path[depth]
                        label[nodeCount] = bytes[start &+ depth]
                        path[depth &+ 1] = Int32(truncatingIfNeeded: nodeCount)
                        nodeCount &+= 1
                    }
                    ends[position] = path[count]
                    let wordEnd = Int(firstWordEnds[phrase])
                    if wordEnd > 0 { firstWordNodes[phrase] = path[wordEnd] }
                    previous = (start, count)
                }
            }
        }
        // Counting sorts: each node counts its edges (outputs) in its own entry, the counts are
        // summed so that the entry holds where the node's edges end, and filing them from the
        // last brings each entry down to where the node's edges start, the end of the node before.
        // Every edge and output slot is written once, so only the counts start at zero.
        let table = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * nodeCount + 2)
        table.initialize(repeating: 0)
        let edges = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: nodeCount - 1)
        let outputs = UnsafeMutableBufferPointer<Int32>.allocate(capacity: order.count)
        // Counts and offsets stay below the node count, an Int32: no overflow checks needed.
        for node in 1..<nodeCount { table[2 &* Int(parent[node])] &+= 1 }
        for end in ends { table[2 &* Int(end) &+ 1] &+= 1 }
        for node in 1..<nodeCount {
            table[2 &* node] &+= table[2 &* node &- 2]
            table[2 &* node &+ 1] &+= table[2 &* node &- 1]
        }
        table[2 &* nodeCount] = table[2 &* nodeCount &- 2]
        table[2 &* nodeCount &+ 1] = table[2 &* nodeCount &- 1]
        // From the last, so each node's edges (outputs) keep their order.
        for node in (1..<nodeCount).reversed() {
            let from = 2 &* Int(parent[node])
            table[from] &-= 1
            edges[Int(table[from])] = UInt32(node) << 8 | UInt32(label[node])
        }
        for position in order.indices.reversed() {
            let end = 2 &* Int(ends[position]) &+ 1
            table[end] &-= 1
            outputs[Int(table[end])] = order[position]
        }
        return (table, edges, outputs, firstWordNodes)
    }

    /// How many of the first `limit` bytes from `first` and `second` are the same, compared
    /// eight at a time where eight are left (both runs lie inside `bytes`).
    @inline(__always)
    private static func sharedPrefix(_ first: Int, _ second: Int, _ limit: Int, in bytes: UnsafeBufferPointer<UInt8>)
        -> Int
    {
        var shared = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while shared + 8 <= limit {
            let difference =
                raw.loadUnaligned(fromByteOffset: first + shared, as: UInt64.self)
                ^ raw.loadUnaligned(fromByteOffset: second + shared, as: UInt64.self)
            // Little-endian: the lowest differing byte is the first.
            if difference != 0 { return shared + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            shared += 8
        }
        while shared < limit && bytes[first + shared] == bytes[second + shared] { shared += 1 }
        return shared
    }

    /// `bytes` with ASCII capitals lower-cased, eight bytes at a time (the letters of eight
    /// bytes are found at once, each with the case bit set in its byte).
    private static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            let source = UnsafeRawBufferPointer(bytes)
            let target = UnsafeMutableRawBufferPointer(buffer)
            var index = 0
            while index + 8 <= bytes.count {
                let chunk = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                target.storeBytes(of: chunk | WordHash.classify(chunk).letters, toByteOffset: index, as: UInt64.self)
                index += 8
            }
            for offset in index..<bytes.count { buffer[offset] = fold[Int(bytes[offset])] }
            count = bytes.count
        }
    }

    /// A trie over `written`, phrase `p` to be matched as `cases[p]` requires.
    init(_ written: PackedPhrases, cases: [PhraseCase]) {
        foldTable = .copy(Self.fold)
        let folded = PackedPhrases(bytes: written.bytes.withUnsafeBufferPointer(Self.folded), starts: written.starts)
        let order = Self.buildOrder(folded)
        let firstWordEntries = FirstWordFilter.entries(of: written, cases: cases)
        let layout = Self.layout(folded, order: order, firstWordEnds: firstWordEntries.ends)
        nodeCount = layout.nodeTable.count / 2 - 1
        precondition(nodeCount < 1 << 24, "PhraseTrie: too many nodes for 24-bit edge targets")

        var rootChildren = [Int32](repeating: -1, count: 256)
        for edge in layout.edges[Int(layout.nodeTable[0])..<Int(layout.nodeTable[2])] {
            rootChildren[Int(edge & 0xFF)] = Int32(edge >> 8)
        }
        for upper in 65...90 { rootChildren[upper] = rootChildren[upper + 32] }

        rootChild = .copy(rootChildren)
        spaceIsSkipped = rootChildren[0x20] < 0
        byteKinds = .copy(
            (0...255).map { byte in
                if byte >= 0x80 || rootChildren[byte] >= 0 && !WordCharacter.isASCIIWord(UInt8(byte)) { return .other }
                return WordCharacter.isASCIIWord(UInt8(byte)) ? .word : .skip
            })
        firstWords = FirstWordFilter(firstWordEntries.entries, nodes: layout.firstWordNodes)
        nodeTable = layout.nodeTable
        edges = layout.edges
        output = layout.outputs
        let phraseStart = UnsafeMutableBufferPointer.copy(written.starts)
        let phraseBytes = UnsafeMutableBufferPointer.copy(written.bytes)
        self.phraseStart = phraseStart
        self.phraseBytes = phraseBytes
        phraseCase = .copy(cases)
        // Whether a phrase ends with a word character, which then needs a word end after it.
        let needsWordEnd = UnsafeMutableBufferPointer<Bool>.allocate(capacity: cases.count)
        for phrase in 0..<cases.count {
            needsWordEnd[phrase] = WordCharacter.endsWord(
                before: Int(phraseStart[phrase + 1]), in: UnsafeBufferPointer(phraseBytes))
        }
        phraseNeedsWordEnd = needsWordEnd
    }

    deinit {
        foldTable.deallocate()
        phraseBytes.deallocate()
        edges.deallocate()
        for buffer in [rootChild, nodeTable, output, phraseStart] { buffer.deallocate() }
        phraseCase.deallocate()
        byteKinds.deallocate()
        phraseNeedsWordEnd.deallocate()
    }

    /// Calls `found` with the byte range and phrase index of each leftmost-longest,
    /// non-overlapping whole-word match, in text order.
    ///
    /// Every position the scan stops at follows a character that is not a word character (or
    /// starts the text): it steps over whole words, and a match ends either with such a
    /// character or at a word end. So a phrase that begins with a word character is tried only
    /// at a word start, and one that begins with another character needs no check of what
    /// comes before it.
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>, Int) -> Void) {
        let count = text.count
        var position = 0
        while position < count {
            let byte = text[position]
            let kind = byteKinds[Int(byte)]
            if kind == .skip {
                position += 1
                continue
            }
            let (isWord, length) = kind == .word ? (true, 1) : WordCharacter.character(at: position, in: text)
            if isWord {
                // A word: only its start can begin a phrase, and only if it is a phrase's first
                // word; the walk then starts from the node that word leads to.
                let word = WordHash.word(from: position, before: count, in: text)
                if let hit = firstWords.hit(word, length: word.end - position),
                    spells(hit, from: position, to: word.end, in: text),
                    let match = longestMatch(from: position, node: hit.node, next: word.end, in: text)
                {
                    found(position..<match.end, match.phrase)
                    position = match.end
                } else {
                    position = word.end
                    // The character after a word is no word character: mostly a space.
                    if spaceIsSkipped && position < count && text[position] == 0x20 { position += 1 }
                }
            } else if rootChild[Int(byte)] >= 0,
                let match = longestMatch(from: position, node: Int(rootChild[Int(byte)]), next: position + 1, in: text)
            {
                found(position..<match.end, match.phrase)
                position = match.end
            } else {
                position += length
            }
        }
    }

    /// Whether the text from `start` to `end` is the first word of the phrase `hit` names, but
    /// for ASCII case (rather than another word with the same hash). Words of eight bytes or
    /// fewer with one hash and length are the same (see ``WordHash``), so only longer ones are
    /// compared byte by byte.
    @inline(__always)
    private func spells(_ hit: FirstWordFilter.Hit, from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard end - start == hit.length else { return false }
        guard hit.length > 8 else { return true }
        let phrase = Int(phraseStart[hit.phrase])
        for offset in 0..<hit.length
        where foldTable[Int(text[start + offset])] != foldTable[Int(phraseBytes[phrase + offset])] {
            return false
        }
        return true
    }

    /// The longest phrase starting at `start` that ends at a word end and passes its case check,
    /// the text up to `next` having led the walk from the root to `node`.
    @inline(__always)
    private func longestMatch(from start: Int, node: Int, next: Int, in text: UnsafeBufferPointer<UInt8>) -> (
        end: Int, phrase: Int
    )? {
        var node = node
        var next = next
        var best: (end: Int, phrase: Int)?
        while true {
            let outputs = Int(nodeTable[2 &* node &+ 1])..<Int(nodeTable[2 &* node &+ 3])
            if !outputs.isEmpty, let phrase = firstAccepted(outputs, from: start, to: next, in: text) {
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

    /// The first of the phrases completed at `end` whose word end and case fit the text.
    private func firstAccepted(
        _ outputs: Range<Int>, from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var beforeWord: Bool?
        for slot in outputs {
            let phrase = Int(output[slot])
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
        let first = Int(phraseStart[phrase])
        let count = Int(phraseStart[phrase + 1]) - first
        switch phraseCase[phrase] {
        case .insensitive:
            return true
        case .exact:
            return isWritten(phrase: first, count: count, at: start, in: text, inCapitals: false)
        case .proper:
            return isWritten(phrase: first, count: count, at: start, in: text, inCapitals: false)
                || isWritten(phrase: first, count: count, at: start, in: text, inCapitals: true)
        }
    }

    /// Whether the text at `start` holds the `count` phrase bytes from `first` exactly, or with
    /// every ASCII letter a capital when `inCapitals`; eight bytes are compared at a time, the
    /// last eight of a phrase of eight or more overlapping the ones before.
    @inline(__always)
    private func isWritten(
        phrase first: Int, count: Int, at start: Int, in text: UnsafeBufferPointer<UInt8>, inCapitals: Bool
    ) -> Bool {
        guard count >= 8 else {
            for offset in 0..<count {
                let byte = phraseBytes[first + offset]
                guard (inCapitals && byte &- 97 < 26 ? byte - 32 : byte) == text[start + offset] else { return false }
            }
            return true
        }
        let phrase = UnsafeRawPointer(phraseBytes.baseAddress! + first)
        let written = UnsafeRawPointer(text.baseAddress! + start)
        /// Whether the eight bytes at `offset` agree.
        func agrees(at offset: Int) -> Bool {
            let chunk = phrase.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // Each ASCII letter's case bit cleared makes it a capital.
            let wanted = inCapitals ? chunk & ~WordHash.classify(chunk).letters : chunk
            return wanted == written.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        var offset = 0
        while offset + 8 <= count {
            guard agrees(at: offset) else { return false }
            offset += 8
        }
        return offset == count || agrees(at: count - 8)
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
