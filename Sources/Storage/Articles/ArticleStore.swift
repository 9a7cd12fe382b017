import Extraction
import Foundation

/// Stores articles with the meetings extracted from them, one article per distinct content.
///
///     let store = ArticleStore(db)
///     let bytes = try Array(Data(contentsOf: url))
///     let hash = ContentHash(of: bytes)
///     if try !store.contains(hash: hash) { ... extract ... }
///     switch try store.save(article: NewArticle(path: path, hash: hash, extraction: found, extractorVersion: 3)) {
///     case .inserted(let id, let meetings): ...
///     case .alreadyKnown(let id): ...
///     }
public struct ArticleStore {
    private let db: Database

    /// A store over `db`, whose schema ``Schema/prepare(_:)`` has set up.
    public init(_ db: Database) { self.db = db }

    /// Saves `article` with its meetings, lists and evidence, and indexes its text, in one
    /// transaction: all of it or, when anything fails, nothing. Content seen before (same hash)
    /// only gains `article.path` among its paths, and its stored meetings are kept.
    ///
    /// Called inside an outer ``Database/transaction(_:)`` it becomes a savepoint. To store
    /// many articles, ``saveAll(_:afterEach:)`` and ``save(batch:afterEach:)`` are much faster.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails (busy, a constraint such as a negative
    ///   evidence offset).
    public func save(article: NewArticle) throws -> SaveOutcome {
        try db.transaction {
            let outcome = try insert(article)
            if case .inserted(let id, _) = outcome { try indexText(of: [id]) }
            return outcome
        }
    }

    /// Saves `articles` in one transaction, each in a savepoint of its own: an article that
    /// fails (or whose `afterEach` throws) leaves nothing of itself and the others still land.
    /// `afterEach` runs inside the article's savepoint with the article and what became of it
    /// (ingest merges its meetings there). The
    /// text of every article inserted is then indexed in one statement, which is much cheaper
    /// than one full-text update per article.
    ///
    /// - returns: each article's outcome or error, in order.
    /// - throws: ``DatabaseError`` when the database is busy (nothing of the batch is kept, so
    ///   the caller may try the whole batch again) or the batch cannot be committed.
    public func save(batch articles: [NewArticle], afterEach: (NewArticle, SaveOutcome) throws -> Void) throws
        -> [Result<SaveOutcome, any Error>]
    {
        try db.transaction {
            var results: [Result<SaveOutcome, any Error>] = []
            var inserted: [ArticleID] = []
            for article in articles {
                do {
                    let outcome = try db.transaction {
                        let outcome = try insert(article)
                        try afterEach(article, outcome)
                        return outcome
                    }
                    if case .inserted(let id, _) = outcome { inserted.append(id) }
                    results.append(.success(outcome))
                } catch let error as DatabaseError
                    where error.primaryCode == DatabaseError.busy || error.primaryCode == DatabaseError.locked
                {
                    throw error
                } catch {
                    results.append(.failure(error))
                }
            }
            try indexText(of: inserted)
            return results
        }
    }

    /// Saves `articles` in one transaction without a savepoint for each: all of them or, when
    /// any fails (or `afterEach` throws), none, the error rethrown. Each article is still whole
    /// or absent, and storing is cheaper than with ``save(batch:afterEach:)``, which ingest
    /// falls back to when this fails, to keep the articles that can land.
    ///
    /// - returns: each article's outcome, in order.
    /// - throws: the first error; nothing of the batch is kept.
    public func saveAll(_ articles: [NewArticle], afterEach: (NewArticle, SaveOutcome) throws -> Void) throws
        -> [SaveOutcome]
    {
        try db.transaction {
            var outcomes: [SaveOutcome] = []
            outcomes.reserveCapacity(articles.count)
            var inserted: [ArticleID] = []
            for article in articles {
                let outcome = try insert(article)
                try afterEach(article, outcome)
                if case .inserted(let id, _) = outcome { inserted.append(id) }
                outcomes.append(outcome)
            }
            try indexText(of: inserted)
            return outcomes
        }
    }

    /// Inserts `article` (or only its path, for known content) without indexing its text.
    private func insert(_ article: NewArticle) throws -> SaveOutcome {
        // Known content is the rare case: the insert itself finds it, sparing a lookup per article.
        try db.execute(Self.insertArticle, article.rows.article)
        guard db.changedRowCount == 1 else {
            guard let known = try id(of: article.hash) else { preconditionFailure("a hash in conflict is stored") }
            try addPath(article.path, to: known)
            return .alreadyKnown(known)
        }
        let id = ArticleID(db.lastInsertedRowID)
        try addPath(article.path, to: id)
        return .inserted(id, meetings: try MeetingStore(db).insert(rows: try article.rows.meetings.get(), article: id))
    }

    /// Adds the stored title and text of `ids` to the full-text index in one statement (the
    /// ids travel as one bound JSON array).
    private func indexText(of ids: [ArticleID]) throws {
        guard !ids.isEmpty else { return }
        let list = "[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]"
        try db.execute(
            """
            INSERT INTO article_text(rowid, title, text) \
            SELECT id, title, text FROM articles WHERE id IN (SELECT value FROM json_each(?))
            """,
            [.text(list)])
    }

    /// Whether an article with this content is stored: lets ingest skip extracting it again.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func contains(hash: ContentHash) throws -> Bool {
        try id(of: hash) != nil
    }

    /// The id of the article with this content, or `nil`.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func id(of hash: ContentHash) throws -> ArticleID? {
        try db.fetchOne(Self.idOfHash, [hash.databaseValue]).map { $0[0] }
    }

    /// The article with row id `id`, or `nil`.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func article(id: ArticleID) throws -> StoredArticle? {
        try db.fetchOne("\(Self.columns) WHERE id = ?", [id.databaseValue]).map(load)
    }

    /// The articles whose meetings an extractor older than `version` produced, by id: what a
    /// newer extractor should look at again.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func articles(extractedBefore version: Int) throws -> [StoredArticle] {
        try db.fetchAll("\(Self.columns) WHERE extractor_version < ? ORDER BY id", [version.databaseValue]).map(load)
    }

    /// The bytes article `id` was read from, or `nil` when they were not kept (articles
    /// stored before schema version 3) or there is no such article.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func rawBytes(of id: ArticleID) throws -> [UInt8]? {
        let row = try db.fetchOne("SELECT raw FROM articles WHERE id = ?", [id.databaseValue])
        guard let row, case .blob(let data) = row.values[0] else { return nil }
        return Array(data)
    }

    /// How many distinct articles are stored.
    ///
    /// - throws: ``DatabaseError`` when SQLite fails.
    public func count() throws -> Int {
        try db.fetchOne("SELECT count(*) FROM articles")![0]
    }

    /// Replaces what an older extractor found in article `id` with `extraction` (title, source,
    /// date, text and meetings) and records `extractorVersion`, in one transaction.
    ///
    /// The old meetings leave the events they reported; an event left without reports is
    /// deleted, the others keep their merged fields (re-merge them with ``EventStore``).
    ///
    /// - returns: the new meetings' ids, in order.
    /// - throws: ``StoreError/noSuchArticle(_:)``, or ``DatabaseError`` when SQLite fails.
    public func replaceExtraction(
        of id: ArticleID, with extraction: ArticleExtraction, extractorVersion: Int
    ) throws -> [MeetingID] {
        try db.transaction {
            try db.execute(
                """
                UPDATE articles SET title = ?, source = ?, published = ?, text = ?, extractor_version = ? \
                WHERE id = ?
                """,
                [
                    extraction.title.databaseValue, extraction.source.databaseValue,
                    extraction.published.databaseValue, .text(extraction.text), extractorVersion.databaseValue,
                    id.databaseValue,
                ])
            guard db.changedRowCount == 1 else { throw StoreError.noSuchArticle(id) }
            let events = EventStore(db)
            let affected = try events.events(reportedByArticle: id)
            try db.execute("DELETE FROM meetings WHERE article_id = ?", [id.databaseValue])
            for event in affected { try events.refreshAfterReportsChanged(event) }
            return try MeetingStore(db).insert(extraction.meetings, article: id)
        }
    }

    private func addPath(_ path: String, to id: ArticleID) throws {
        try db.execute(Self.insertPath, [id.databaseValue, .text(path)])
    }

    private static let insertArticle = StatementKey(
        "INSERT INTO articles(\(ArticleRows.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING")
    private static let idOfHash = StatementKey("SELECT id FROM articles WHERE hash = ?")
    private static let insertPath = StatementKey(
        "INSERT OR IGNORE INTO article_paths(article_id, path) VALUES (?, ?)")

    private static let columns =
        "SELECT id, hash, path, title, source, published, text, ingested_at, extractor_version FROM articles"

    private func load(_ row: Row) throws -> StoredArticle {
        let id: ArticleID = row[0]
        let paths: [String] = try db.fetchAll(
            "SELECT path FROM article_paths WHERE article_id = ? ORDER BY path", [id.databaseValue]
        ).map { $0[0] }
        return StoredArticle(
            id: id, hash: row[1], paths: paths, firstPath: row[2], title: row[3], source: row[4], published: row[5],
            text: row[6], ingestedAt: row[7], extractorVersion: row[8])
    }
}
