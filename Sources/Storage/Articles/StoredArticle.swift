import Extraction
import Foundation

/// An article as the database holds it (its meetings are read with ``MeetingStore``).
public struct StoredArticle: Hashable, Sendable {
    public var id: ArticleID
    public var hash: ContentHash
    /// Every path it was ingested under, sorted (the first one is also in `firstPath`).
    public var paths: [String]
    /// The path it was first ingested under.
    public var firstPath: String
    public var title: String?
    public var source: String?
    public var published: Day?
    /// The cleaned text the extractor read.
    public var text: String
    public var ingestedAt: Date
    /// The version of the extractor that produced its stored meetings.
    public var extractorVersion: Int

    public init(
        id: ArticleID, hash: ContentHash, paths: [String], firstPath: String, title: String?, source: String?,
        published: Day?,
        text: String, ingestedAt: Date, extractorVersion: Int
    ) {
        self.id = id
        self.hash = hash
        self.paths = paths
        self.firstPath = firstPath
        self.title = title
        self.source = source
        self.published = published
        self.text = text
        self.ingestedAt = ingestedAt
        self.extractorVersion = extractorVersion
    }
}
