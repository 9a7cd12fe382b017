import Extraction

/// A store was asked about a row that does not exist (another process may have removed it),
/// given evidence it cannot keep, or found stored evidence it cannot read.
public enum StoreError: Error, Equatable, Sendable {
    case noSuchArticle(ArticleID)
    case noSuchMeeting(MeetingID)
    case noSuchEvent(EventID)
    /// Evidence whose byte offset or length is negative: it points nowhere in the file.
    case negativeEvidenceSpan(Span)
    /// The stored evidence of a meeting is not in the format ``MeetingStore`` writes.
    case unreadableEvidence(MeetingID)
}

extension StoreError: UserFacingError {
    public var plainDescription: String {
        switch self {
        case .noSuchArticle(let id): "no article with id \(id) in the database"
        case .noSuchMeeting(let id): "no meeting with id \(id) in the database"
        case .noSuchEvent(let id): "no event with id \(id) in the database"
        case .negativeEvidenceSpan(let span):
            "evidence at byte offset \(span.offset) with length \(span.length) points outside the file"
        case .unreadableEvidence(let id): "the evidence of meeting \(id) in the database cannot be read"
        }
    }
}
