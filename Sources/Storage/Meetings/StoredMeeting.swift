import Extraction

/// A meeting as stored: one article's report of a gathering, with its row id.
public struct StoredMeeting: Hashable, Sendable {
    public var id: MeetingID
    /// The article that reports it.
    public var article: ArticleID
    public var meeting: Meeting

    public init(id: MeetingID, article: ArticleID, meeting: Meeting) {
        self.id = id
        self.article = article
        self.meeting = meeting
    }
}
