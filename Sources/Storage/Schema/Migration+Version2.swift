extension Migration {
    /// Version 2 remembers every path an article was read from (version 1 kept only the first)
    /// and which extractor version produced an article's meetings (version 1 meetings count as
    /// extractor version 0, so any newer extractor re-extracts them).
    static let version1To2 = Migration(from: 1) { db in
        try db.executeScript(
            """
            ALTER TABLE articles ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX articles_by_extractor_version ON articles(extractor_version);
            CREATE TABLE article_paths (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                PRIMARY KEY (article_id, path)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO article_paths(article_id, path) SELECT id, path FROM articles;
            """)
    }
}
