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
    /// A phrase as the trie stores it.
    struct Key {
        var bytes: [UInt8]
        var letterCase: PhraseCase
    }

    /// ASCII upper case to lower case; every other byte unchanged.
    private static let fold: [UInt8] = (0...255).map { byte in
        (65...90).contains(byte) ? UInt8(byte + 32) : UInt8(byte)
    }

    private let foldTable: UnsafeMutableBufferPointer<UInt8>
    /// Child of the root for each folded byte, or -1.
    private let rootChild: UnsafeMutableBufferPointer<Int32>
    /// Whether every phrase under that root child must begin at a word start.
    private let rootNeedsWordStart: UnsafeMutableBufferPointer<Bool>
    /// Node `n`'s edges are `edgeStart[n]..<edgeStart[n + 1]`, sorted by label.
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
    private let edgeLabel: UnsafeMutableBufferPointer<UInt8>
    private let edgeTarget: UnsafeMutableBufferPointer<Int32>
    /// Node `n` completes the phrases `output[outputStart[n]..<outputStart[n + 1]]`, in
    /// the order they were given.
    private let outputStart: UnsafeMutableBufferPointer<Int32>
    private let output: UnsafeMutableBufferPointer<Int32>
    /// Phrase `p`'s bytes as written are `phraseBytes[phraseStart[p]..<phraseStart[p + 1]]`.
    private let phraseStart: UnsafeMutableBufferPointer<Int32>
    private let phraseBytes: UnsafeMutableBufferPointer<UInt8>
    private let phraseCase: UnsafeMutableBufferPointer<PhraseCase>
    private let phraseNeedsWordStart: UnsafeMutableBufferPointer<Bool>
    private let phraseNeedsWordEnd: UnsafeMutableBufferPointer<Bool>

    /// The number of trie nodes, root included.
    let nodeCount: Int

    init(_ keys: [Key]) {
        let fold = Self.fold
        let folded = keys.map { key in key.bytes.map { fold[Int($0)] } }
        let order = folded.indices.sorted { a, b in
            folded[a].lexicographicallyPrecedes(folded[b]) || (folded[a] == folded[b] && a < b)
        }
        var edgeStarts: [Int32] = []
        var labels: [UInt8] = []
        var targets: [Int32] = []
        var outputStarts: [Int32] = []
        var outputs: [Int32] = []
        // Breadth-first: node n covers order[low[n]..<high[n]], all sharing `depth[n]` bytes.
        var low = [0]
        var high = [order.count]
        var depth = [0]
        var node = 0
        while node < low.count {
            var start = low[node]
            let end = high[node]
            let level = depth[node]
            outputStarts.append(Int32(outputs.count))
            while start < end, folded[order[start]].count == level {
                outputs.append(Int32(order[start]))
                start += 1
            }
            edgeStarts.append(Int32(labels.count))
            while start < end {
                let label = folded[order[start]][level]
                var stop = start + 1
                while stop < end, folded[order[stop]][level] == label { stop += 1 }
                labels.append(label)
                targets.append(Int32(low.count))
                low.append(start)
                high.append(stop)
                depth.append(level + 1)
                start = stop
            }
            node += 1
        }
        edgeStarts.append(Int32(labels.count))
        outputStarts.append(Int32(outputs.count))
        nodeCount = low.count

        var rootChildren = [Int32](repeating: -1, count: 256)
        for edge in Int(edgeStarts[0])..<Int(edgeStarts[1]) { rootChildren[Int(labels[edge])] = targets[edge] }
        // Whether a phrase begins (ends) with a word character, which then needs a word edge.
        let edges = keys.map { key in
            let scalars = String(decoding: key.bytes, as: UTF8.self).unicodeScalars
            return (
                start: WordCharacter.isWord(scalar: scalars.first!.value),
                end: WordCharacter.isWord(scalar: scalars.last!.value)
            )
        }
        var rootNeeds = [Bool](repeating: true, count: 256)
        for (index, key) in folded.enumerated() where !edges[index].start { rootNeeds[Int(key[0])] = false }
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        for key in keys {
            bytes += key.bytes
            starts.append(Int32(bytes.count))
        }

        foldTable = .copy(fold)
        rootChild = .copy(rootChildren)
        rootNeedsWordStart = .copy(rootNeeds)
        edgeStart = .copy(edgeStarts)
        edgeLabel = .copy(labels)
        edgeTarget = .copy(targets)
        outputStart = .copy(outputStarts)
        output = .copy(outputs)
        phraseStart = .copy(starts)
        phraseBytes = .copy(bytes)
        phraseCase = .copy(keys.map(\.letterCase))
        phraseNeedsWordStart = .copy(edges.map(\.start))
        phraseNeedsWordEnd = .copy(edges.map(\.end))
    }

    deinit {
        for buffer in [foldTable, edgeLabel, phraseBytes] as [UnsafeMutableBufferPointer<UInt8>] {
            buffer.deallocate()
        }
        for buffer in [rootChild, edgeStart, edgeTarget, outputStart, output, phraseStart] {
            buffer.deallocate()
        }
        rootNeedsWordStart.deallocate()
        phraseCase.deallocate()
        phraseNeedsWordStart.deallocate()
        phraseNeedsWordEnd.deallocate()
    }

    /// Calls `found` with the byte range and phrase index of each leftmost-longest,
    /// non-overlapping whole-word match, in text order.
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Range<Int>, Int) -> Void) {
        let count = text.count
        var position = 0
        while position < count {
            let first = Int(foldTable[Int(text[position])])
            let child = rootChild[first]
            if child < 0 {
                position += 1
                continue
            }
            let afterWord = WordCharacter.endsWord(before: position, in: text)
            if afterWord && rootNeedsWordStart[first] {
                position += 1
                continue
            }
            var node = Int(child)
            var next = position + 1
            var bestEnd = -1
            var bestPhrase = -1
            while true {
                let outputs = Int(outputStart[node])..<Int(outputStart[node + 1])
                if !outputs.isEmpty,
                    let phrase = firstAccepted(outputs, from: position, to: next, afterWord: afterWord, in: text)
                {
                    bestEnd = next
                    bestPhrase = phrase
                }
                guard next < count, let target = step(from: node, label: foldTable[Int(text[next])]) else { break }
                node = target
                next += 1
            }
            if bestPhrase >= 0 {
                found(position..<bestEnd, bestPhrase)
                position = bestEnd
            } else {
                position += 1
            }
        }
    }

    /// The node reached from `node` by `label`, if any.
    @inline(__always)
    private func step(from node: Int, label: UInt8) -> Int? {
        var low = Int(edgeStart[node])
        var high = Int(edgeStart[node + 1])
        if high - low <= 8 {
            while low < high {
                if edgeLabel[low] == label { return Int(edgeTarget[low]) }
                low += 1
            }
            return nil
        }
        while low < high {
            let middle = (low + high) / 2
            let found = edgeLabel[middle]
            if found == label { return Int(edgeTarget[middle]) }
            if found < label { low = middle + 1 } else { high = middle }
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
