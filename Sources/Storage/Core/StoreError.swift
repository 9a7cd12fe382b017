/// A store was asked about a row that does not exist (another process may have removed it).
public enum StoreError: Error, Equatable, Sendable {
    case noSuchArticle(ArticleID)
    case noSuchMeeting(MeetingID)
    case noSuchEvent(EventID)
}

extension StoreError: UserFacingError {
    public var plainDescription: String {
        switch self {
        case .noSuchArticle(let id): "no article with id \(id) in the database"
        case .noSuchMeeting(let id): "no meeting with id \(id) in the database"
        case .noSuchEvent(let id): "no event with id \(id) in the database"
        }
    }
}
