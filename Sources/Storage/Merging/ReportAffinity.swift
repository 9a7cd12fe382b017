import Extraction

/// How strongly two reports look like accounts of one gathering.
///
/// A hard contradiction rules a pair out: the same article (an article reports distinct
/// meetings), dates that share no day, different host countries or cities, two different
/// bilateral pairs, different ordinals in the titles ("9th" and "10th"). Otherwise every
/// agreeing field adds to the score, the date most, and a pair with at least
/// ``threshold`` is compatible:
///
/// | agreement | points |
/// | --- | --- |
/// | same start day (and same or missing end) | 3 (+0.5) |
/// | overlapping days, both day-precise | 1.5 |
/// | overlapping month / year | 1 / 0.5 |
/// | same host city / country | 2 / 1 |
/// | participants (Jaccard) | 0 ... 2 |
/// | title words (Jaccard) | 0 ... 2 |
/// | organisations (Jaccard) | 0 ... 0.5 |
/// | same kind | 0.5 |
///
/// An undated report can only join a dated one published within ``undatedReach`` days of its dates.
public enum ReportAffinity {
    /// The score from which two reports are one gathering.
    public static let threshold = 4.0
    /// How far (days) from a meeting's dates an undated report of it may be published.
    public static let undatedReach = 45
    /// How far apart (days) two undated reports of one meeting may be published.
    public static let undatedPairReach = 10

    /// The pair's score, or `nil` when the two cannot be one gathering.
    public static func score(_ a: MergeReport, _ b: MergeReport) -> Double? {
        guard a.key.article != b.key.article else { return nil }
        guard var total = dateScore(a, b) else { return nil }
        guard let place = placeScore(a, b) else { return nil }
        guard let parties = partyScore(a.meeting.countries, b.meeting.countries) else { return nil }
        guard let title = titleScore(a.title, b.title) else { return nil }
        total += place + parties + title
        total += 0.5 * SortedLists.jaccard(a.meeting.organizations, b.meeting.organizations)
        if a.meeting.kind == b.meeting.kind { total += 0.5 }
        return total
    }

    /// Whether the two reports are compatible: no contradiction and a score of at least ``threshold``.
    public static func compatible(_ a: MergeReport, _ b: MergeReport) -> Bool {
        (score(a, b) ?? 0) >= threshold
    }

    /// The days in which any report compatible with `report` has its dates (dated reports) or
    /// its publication (undated ones): what a store must search to find its candidates.
    /// `nil` when the report has neither dates nor a publication date (it joins nothing).
    public static func searchWindow(for report: MergeReport) -> ClosedRange<Day>? {
        if let days = report.days {
            return days.lowerBound.adding(days: -undatedReach)...days.upperBound.adding(days: undatedReach)
        }
        guard let published = report.published else { return nil }
        return published.adding(days: -undatedReach)...published.adding(days: undatedReach)
    }

    // MARK: Fields

    private static func dateScore(_ a: MergeReport, _ b: MergeReport) -> Double? {
        switch (a.days, b.days) {
        case (let x?, let y?):
            guard x.overlaps(y), let startA = a.meeting.start, let startB = b.meeting.start else { return nil }
            if case .day = startA, case .day = startB {
                guard startA == startB else { return 1.5 }
                let endsAgree = a.meeting.end == nil || b.meeting.end == nil || a.meeting.end == b.meeting.end
                return endsAgree ? 3.5 : 3
            }
            return min(startA.precision, startB.precision) == 0 ? 0.5 : 1
        case (let days?, nil): return reaches(b.published, days, undatedReach) ? 0 : nil
        case (nil, let days?): return reaches(a.published, days, undatedReach) ? 0 : nil
        case (nil, nil):
            guard let p = a.published, let q = b.published else { return nil }
            return reaches(p, q...q, undatedPairReach) ? 0 : nil
        }
    }

    private static func reaches(_ day: Day?, _ days: ClosedRange<Day>, _ reach: Int) -> Bool {
        guard let day else { return false }
        return days.lowerBound.adding(days: -reach) <= day && day <= days.upperBound.adding(days: reach)
    }

    private static func placeScore(_ a: MergeReport, _ b: MergeReport) -> Double? {
        var total = 0.0
        if let x = a.meeting.country, let y = b.meeting.country {
            guard x == y else { return nil }
            total += 1
        }
        if let x = a.cityKey, let y = b.cityKey {
            guard x == y else { return nil }
            total += 2
        }
        return total
    }

    /// Participants: two different pairs of countries are two bilateral meetings; otherwise
    /// the overlap counts (an announcement may list fewer delegations than the report after).
    /// The lists are sorted without repeats, as a ``Meeting`` keeps them.
    private static func partyScore(_ a: [String], _ b: [String]) -> Double? {
        if a.count == 2, b.count == 2, a != b { return nil }
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let shared = SortedLists.sharedCount(a, b)
        guard shared > 0 else { return nil }
        return 2 * (Double(shared) / Double(a.count + b.count - shared))
    }

    private static func titleScore(_ x: NameWords?, _ y: NameWords?) -> Double? {
        guard let x, let y else { return 0 }
        if let m = x.ordinal, let n = y.ordinal, m != n { return nil }
        return 2 * x.similarity(to: y)
    }

}
