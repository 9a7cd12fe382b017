import Extraction
import Foundation

/// A new article as the writer stores and merges it: its row values, its meetings' row values
/// and its meetings as the merger compares them.
///
/// Made once, with the ``NewArticle`` (by ingest, on the extraction worker that read the
/// file), so that the one thread writing the database only binds values that are ready.
struct ArticleRows: Sendable {
    /// The values of the `articles` columns ``columns`` names, in order.
    let article: [DatabaseValue]
    /// Each meeting's values (``MeetingRow``), or why its evidence cannot be stored.
    let meetings: Result<[[DatabaseValue]], StoreError>
    /// Each meeting as the merger compares it: the article's hash and the meeting's position as
    /// its key, the fields and lists as its stored row reads back, no evidence.
    let reports: [MergeReport]

    /// The `articles` columns ``article`` fills, in order.
    static let columns = "hash, path, title, source, published, text, ingested_at, extractor_version, raw"

    /// The rows of the article that ``NewArticle/init(path:hash:extraction:extractorVersion:ingestedAt:raw:)``
    /// is given.
    init(
        path: String, hash: ContentHash, extraction: ArticleExtraction, extractorVersion: Int, ingestedAt: Date,
        raw: [UInt8]?
    ) {
        article = [
            hash.databaseValue, .text(path), extraction.title.databaseValue, extraction.source.databaseValue,
            extraction.published.databaseValue, .text(extraction.text), ingestedAt.databaseValue,
            extractorVersion.databaseValue, raw.map { .blob(Data($0)) } ?? .null,
        ]
        // Each meeting read where it lies in the extraction's array, by position: the one copy
        // made is the report's, less its evidence.
        let found = extraction.meetings
        meetings = Result { () throws(StoreError) in
            try found.indices.map { (position) throws(StoreError) in
                try MeetingRow.values(of: found[position], position: position)
            }
        }
        reports = found.indices.map { position in
            // The meeting without its evidence; its lists are sorted without repeats already.
            var meeting = found[position]
            meeting.evidence = []
            return MergeReport(
                key: ReportKey(article: hash.hex, index: position), published: extraction.published,
                meeting: meeting)
        }
    }
}
