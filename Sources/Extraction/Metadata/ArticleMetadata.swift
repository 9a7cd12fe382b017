/// What an article says about itself: when it was published, by whom, under which headline.
public struct ArticleMetadata: Sendable, Hashable {
    /// The publication date.
    public var published: Day?
    /// The outlet's name as commonly written (`Xinhua`, `China Daily`).
    public var source: String?
    /// The headline.
    public var title: String?
    /// The city the dateline names (`BEIJING`, `Hà Nội`), as written.
    public var datelineCity: String?
    /// UTF-8 byte range of the dateline in the prepared text, from the city through the
    /// dash that ends it (`BEIJING, Oct. 21 (Xinhua) --`).
    public var datelineRange: Range<Int>?

    public init(
        published: Day? = nil, source: String? = nil, title: String? = nil, datelineCity: String? = nil,
        datelineRange: Range<Int>? = nil
    ) {
        self.published = published
        self.source = source
        self.title = title
        self.datelineCity = datelineCity
        self.datelineRange = datelineRange
    }
}
