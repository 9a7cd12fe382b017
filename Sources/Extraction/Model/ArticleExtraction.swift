/// Everything the extractor found in one article.
public struct ArticleExtraction: Sendable {
    /// The publication date read from the text, if it says.
    public var published: Day?
    /// The outlet's name as commonly written (`Xinhua`, `Bernama`), if the text says.
    public var source: String?
    /// The headline, when one can be told apart from the body.
    public var title: String?
    /// The article's text after decoding, HTML stripping and debris removal.
    public var text: String
    public var meetings: [Meeting]

    public init(published: Day?, source: String?, title: String?, text: String, meetings: [Meeting]) {
        self.published = published
        self.source = source
        self.title = title
        self.text = text
        self.meetings = meetings
    }
}
