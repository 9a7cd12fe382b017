/// Decides which lines of an article are web-page debris rather than article text.
///
/// Kept on purpose: titles, bylines, datelines and `Updated:` lines, which metadata reads.
/// Every rule looks at short, unpunctuated or labelled lines; a line that reads like body
/// prose is removed only when it repeats an earlier line word for word.
struct DebrisFilter {
    private let bytes: [UInt8]
    private let lines: [TextLine]
    private let features: [LineFeatures]
    private var removed: [Bool]

    /// The lines to keep, in order, of `lines` as ``LineNormalizer`` wrote them (with what
    /// it counted in each).
    static func keptLines(_ lines: [TextLine], in bytes: [UInt8]) -> [TextLine] {
        let removed = bytes.withUnsafeBufferPointer { buffer in
            var filter = DebrisFilter(bytes: bytes, buffer: buffer, lines: lines)
            filter.removeDebrisLines()
            filter.removeRelatedSections()
            filter.removeRepeats()
            filter.removeTrailingLinkList()
            return filter.removed
        }
        var kept: [TextLine] = []
        kept.reserveCapacity(lines.count)
        var blankPending = false
        for (line, isRemoved) in zip(lines, removed) {
            blankPending = blankPending || line.blankBefore
            guard !isRemoved else { continue }
            kept.append(TextLine(range: line.range, blankBefore: blankPending && !kept.isEmpty))
            blankPending = false
        }
        return kept
    }

    /// A filter over `lines` of `bytes`; `buffer` holds the same bytes and outlives the filter.
    private init(bytes: [UInt8], buffer: UnsafeBufferPointer<UInt8>, lines: [TextLine]) {
        self.bytes = bytes
        self.lines = lines
        features = lines.map {
            LineFeatures(normalized: UnsafeBufferPointer(rebasing: buffer[$0.range]), tally: $0.tally)
        }
        removed = [Bool](filledWith: false, count: lines.count)
    }

    private mutating func removeDebrisLines() {
        for index in features.indices where DebrisLine.isDebris(features[index]) {
            removed[index] = true
        }
    }

    /// A related-stories header and the link-like lines after it. A line that cannot start
    /// with a header (most lines, told by the line's own prefix bits) is passed over at once.
    private mutating func removeRelatedSections() {
        var index = 0
        while index < lines.count {
            guard !removed[index], features[index].mayStart(with: DebrisRules.PrefixList.related),
                DebrisLine.isRelatedHeader(features[index])
            else {
                index += 1
                continue
            }
            removed[index] = true
            index += 1
            while index < lines.count, removed[index] || features[index].isHeadlineLike {
                removed[index] = true
                index += 1
            }
        }
    }

    /// A line that repeats an earlier one (a body or link list printed twice).
    private mutating func removeRepeats() {
        var seen = RepeatedLines(bytes, capacity: lines.count)
        for (index, line) in lines.enumerated() where line.range.count >= DebrisRules.duplicateMinimumBytes {
            if !seen.insert(line.range) { removed[index] = true }
        }
    }

    /// A run of link-like lines, one per line, after the last line of body prose.
    private mutating func removeTrailingLinkList() {
        guard let lastBody = features.indices.last(where: { !removed[$0] && features[$0].isBodyLike }) else { return }
        var runStart: Int?
        var run: [Int] = []
        for index in (lastBody + 1)..<lines.count where !removed[index] {
            let continues = runStart != nil && !lines[index].blankBefore
            if features[index].isHeadlineLike {
                if continues {
                    run.append(index)
                } else {
                    flush(run)
                    run = [index]
                    runStart = index
                }
            } else {
                flush(run)
                run = []
                runStart = nil
            }
        }
        flush(run)
    }

    private mutating func flush(_ run: [Int]) {
        guard run.count >= DebrisRules.trailingListMinimumLines else { return }
        for index in run { removed[index] = true }
    }
}
