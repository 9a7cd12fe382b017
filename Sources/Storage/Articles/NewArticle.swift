import Extraction
import Foundation

/// An article read from a file and run through the extractor, ready for ``ArticleStore/save(article:)``.
///
/// Its rows are encoded when it is made, so make it on the thread that extracted it: the
/// thread that writes the database then only binds them. The extraction and the raw bytes are
/// not kept beside their rows: the extracting thread, not the writer, lets them go.
public struct NewArticle: Sendable {
    /// The path the file was read from, as the user gave it.
    public let path: String
    /// The hash of the file's raw bytes: the article's identity.
    public let hash: ContentHash
    /// The version of the extractor that produced the meetings.
    public let extractorVersion: Int
    /// When the article was read.
    public let ingestedAt: Date
    /// The values the writer binds, encoded once.
    let rows: ArticleRows

    /// The article read from `path`, with what the extractor found in it (meetings and
    /// evidence). `raw`, the file's bytes as read, is stored so that a newer extractor can read
    /// the article again without the file; `nil` stores none (re-extraction then reads the
    /// cleaned text).
    public init(
        path: String, hash: ContentHash, extraction: ArticleExtraction, extractorVersion: Int,
        ingestedAt: Date = Date(), raw: [UInt8]? = nil
    ) {
        self.path = path
        self.hash = hash
        self.extractorVersion = extractorVersion
        self.ingestedAt = ingestedAt
        rows = ArticleRows(
            path: path, hash: hash, extraction: extraction, extractorVersion: extractorVersion, ingestedAt: ingestedAt,
            raw: raw)
    }
}

/// What ``ArticleStore/save(article:)`` did.
public enum SaveOutcome: Equatable, Sendable {
    /// A new article, stored with its meetings (ids in the article's order).
    case inserted(ArticleID, meetings: [MeetingID])
    /// The same content was stored before; only the path was added to its paths.
    case alreadyKnown(ArticleID)

    /// The stored article, new or old.
    public var articleID: ArticleID {
        switch self {
        case .inserted(let id, _), .alreadyKnown(let id): id
        }
    }
}
