/// Groups mentions into gatherings: a new mention ("a meeting", an ordinal, a new title) opens
/// one; "the meeting", "the talks", "that gathering" join the latest gathering they fit.
///
/// A mention fits a gathering when its own date and city, if any, do not contradict it.
struct Coreference: Sendable {
    let mentions: [Mention]
    /// The keys that the mentions' `nameKeys` and `modifierKeys` index.
    let keys: [UInt64]
    /// The facts of each mention, its `days` set.
    let facts: [LocalFacts]

    /// Mention indices of each gathering, in order of first mention, and the gathering of each
    /// mention, if it has one.
    func clusters() -> (clusters: [[Int]], clusterOf: [Int?]) {
        var clusters: [[Int]] = []
        clusters.reserveCapacity(mentions.count)
        var clusterOf = [Int?](filledWith: nil, count: mentions.count)
        for (number, mention) in mentions.enumerated() {
            let target = target(for: number, mention, clusters, clusterOf)
            if let target {
                clusters[target].append(number)
                clusterOf[number] = target
            } else if mention.kind != nil || mention.isVerb {
                clusters.append([number])
                clusterOf[number] = clusters.count - 1
            }
        }
        return (clusters, clusterOf)
    }

    private func target(for number: Int, _ mention: Mention, _ clusters: [[Int]], _ clusterOf: [Int?]) -> Int? {
        let previous = number > 0 && mentions[number - 1].sentence == mention.sentence ? clusterOf[number - 1] : nil
        if mention.isApposition, let previous { return previous }
        // "... held talks on Monday. The ministers met with ...": the verb goes on reporting
        // the gathering just named, unless its own date or place says otherwise.
        // A document signed after a gathering is named was signed there, however far on.
        if mention.isVerb {
            guard !mention.isOwnOccasion, let last = clusters.indices.last,
                mention.signs
                    || kindOf(clusters[last]) != nil
                        && mention.sentence - mentions[clusters[last].last!].sentence <= 1,
                fits(number, clusters[last])
            else { return nil }
            return last
        }
        // A noun soon after a verb that reported a gathering names that gathering (after a
        // signing, only the one it was signed at: "The MoU was signed at the consultation").
        if mention.kind != nil,
            let pending = clusters.indices.last(where: {
                kindOf(clusters[$0]) == nil && (!mentions[clusters[$0][0]].signs || mention.hostsSigning)
            }),
            mention.sentence - mentions[clusters[pending].last!].sentence <= 3, fits(number, clusters[pending]),
            !clusters.indices.contains(where: {
                $0 > pending && fits(number, clusters[$0]) && kindOf(clusters[$0]) == mention.kind
            })
        {
            return pending
        }
        guard let kind = mention.kind else {
            return mention.reference == .known ? latest(clusters, fitting: number) : nil
        }
        switch mention.reference {
        case .named:
            if let same = clusters.lastIndex(where: { sameTitle($0, as: mention) && fits(number, $0) }) {
                return same
            }
            return clusters.lastIndex { cluster in
                cluster.allSatisfy { mentions[$0].reference != .named && sameOrdinal(mentions[$0], mention) }
                    && kindOf(cluster) == kind
                    && fits(number, cluster) && mention.sentence - mentions[cluster.last!].sentence <= 6
            }
        case .known:
            if let ordinal = mention.ordinal {
                // "The 58th meeting" just after "a two-day meeting of the committee" numbers it;
                // "the next meeting", "the last meeting" are other occurrences.
                guard ordinal > 0 else { return nil }
                // "the first dialogue" again after the first dialogue was named.
                if !mention.hasPossessive,
                    let same = clusters.indices.last(where: { index in
                        kindOf(clusters[index]) == kind && clusters[index].contains { mentions[$0].ordinal == ordinal }
                            && fits(number, clusters[index])
                    })
                {
                    return same
                }
                return clusters.indices.last { index in
                    kindOf(clusters[index]) == kind && clusters[index].allSatisfy { mentions[$0].ordinal == nil }
                        && fits(number, clusters[index])
                        && mention.sentence - mentions[clusters[index].last!].sentence <= 2
                }
            }
            let candidates = clusters.indices.filter { fits(number, clusters[$0]) }
            if let shared = candidates.last(where: { sharesWords(clusters[$0], with: mention) }) { return shared }
            // "the signing ceremony" after "signed a memorandum" is that signing.
            if let same = candidates.last(where: {
                kindOf(clusters[$0]) == kind || kind == .signing && mentions[clusters[$0][0]].signs
            }) {
                return same
            }
            // "the meeting" is any gathering; "the talks" after "a meeting" is that meeting (but
            // "also held talks" may be a new one).
            return candidates.last { index in
                guard !mentions[clusters[index][0]].isExcludedEvent else { return false }
                if kind == .meeting { return true }
                return !mention.isBare && kind.isConversational && kindOf(clusters[index])?.isConversational == true
            }
        case .new:
            return nil
        }
    }

    /// Whether two mentions could be the same occurrence of a series: same ordinal, or either has none.
    private func sameOrdinal(_ one: Mention, _ other: Mention) -> Bool {
        one.ordinal == nil || other.ordinal == nil || one.ordinal == other.ordinal
    }

    private func latest(_ clusters: [[Int]], fitting number: Int) -> Int? {
        clusters.indices.last { fits(number, clusters[$0]) }
    }

    /// The kind of the gathering's first mention that has one.
    func kindOf(_ cluster: [Int]) -> MeetingKind? {
        cluster.lazy.compactMap { mentions[$0].kind }.first
    }

    /// Whether the mention's title is one of the gathering's: most words shared, or a short form
    /// whose every word is in the full title ("the ASEANAPOL Conference" after "the 44th ASEAN
    /// Chiefs of National Police (ASEANAPOL) Conference"). Ordinals, when both have one, agree.
    /// (Titles are a few words: they are compared in place, each word counted once.)
    private func sameTitle(_ cluster: [Int], as mention: Mention) -> Bool {
        let mine = mention.nameKeys
        let count = distinctCount(mine)
        return cluster.contains { other in
            guard mentions[other].reference == .named, sameOrdinal(mentions[other], mention) else { return false }
            let theirs = keys[mentions[other].nameKeys]
            let common = mine.count { isFirst($0, of: mine) && theirs.contains(keys[$0]) }
            if mentions[other].ordinal != mention.ordinal { return count > 0 && common == count }
            let otherCount = distinctCount(mentions[other].nameKeys)
            return common * 3 >= max(count, otherCount) * 2 || count > 0 && common == count
        }
    }

    /// Whether the key at `index` of `range` is not among the keys of `range` before it.
    private func isFirst(_ index: Int, of range: Range<Int>) -> Bool {
        !keys[range.lowerBound..<index].contains(keys[index])
    }

    /// How many different keys `range` holds.
    private func distinctCount(_ range: Range<Int>) -> Int {
        range.count { isFirst($0, of: range) }
    }

    private func sharesWords(_ cluster: [Int], with mention: Mention) -> Bool {
        guard !mention.nameKeys.isEmpty || !mention.modifierKeys.isEmpty else { return false }
        let (names, modifiers) = (keys[mention.nameKeys], keys[mention.modifierKeys])
        let isMine = { (key: UInt64) in names.contains(key) || modifiers.contains(key) }
        return cluster.contains { other in
            keys[mentions[other].nameKeys].contains(where: isMine)
                || keys[mentions[other].modifierKeys].contains(where: isMine)
        }
    }

    /// Whether mention `number`'s own date and city agree with every mention of the gathering.
    private func fits(_ number: Int, _ cluster: [Int]) -> Bool {
        for other in cluster {
            if let mine = facts[number].days, let theirs = facts[other].days, !mine.overlaps(theirs) { return false }
            if let mine = facts[number].city?.city, let theirs = facts[other].city?.city, mine != theirs {
                return false
            }
        }
        return true
    }
}
