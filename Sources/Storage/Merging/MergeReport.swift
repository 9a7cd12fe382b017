import Extraction

/// Names one report independently of the order articles arrived in: the article's content
/// hash and the meeting's position among that article's meetings.
///
/// Ordering by this key is what makes merging give the same events whatever the ingest order.
public struct ReportKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The article's content hash (hex).
    public let article: String
    /// The meeting's index in the article's extraction.
    public let index: Int
    /// A digest of `article` made once, so that hashing a key does not hash the whole hash text.
    private let digest: UInt64

    public init(article: String, index: Int) {
        self.article = article
        self.index = index
        // FNV-1a over the text's bytes.
        self.digest = article.withUTF8Bytes { bytes in
            var digest: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return digest
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
        hasher.combine(index)
    }

    public static func < (lhs: ReportKey, rhs: ReportKey) -> Bool {
        (lhs.article, lhs.index) < (rhs.article, rhs.index)
    }

    /// `hash#index`.
    public var description: String { "\(article)#\(index)" }
}

/// One article's account of one meeting, as the merger sees it.
///
/// A class: the merger passes each report through its index, components and clusters by
/// reference, never copying its fields.
public final class MergeReport: Sendable {
    public let key: ReportKey
    /// The article's publication date, which places an undated report in time.
    public let published: Day?
    public let meeting: Meeting
    /// The meeting's title and host city in the forms they are compared in, made once here
    /// rather than for every pair of reports compared.
    let title: NameWords?
    let cityKey: String?

    public init(key: ReportKey, published: Day?, meeting: Meeting) {
        self.key = key
        self.published = published
        self.meeting = meeting
        title = meeting.name.map(NameWords.init)
        cityKey = meeting.city.map(CityKey.of)
    }

    /// The days the meeting's dates cover: from the first day of `start` to the last day of
    /// `end` (of `start` when there is no end); `nil` when undated.
    public var days: ClosedRange<Day>? {
        guard let start = meeting.start else { return nil }
        let last = max((meeting.end ?? start).lastDay, start.firstDay)
        return start.firstDay...last
    }
}
