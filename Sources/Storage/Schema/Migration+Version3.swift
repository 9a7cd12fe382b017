extension Migration {
    /// Version 3 keeps each article's bytes as read (so re-extraction gives evidence offsets
    /// into the file, not into the cleaned text), indexes new articles' text from the code
    /// that stores them, a batch at a time, instead of from a trigger per article row, and
    /// adds `last_day` to the index on meeting dates (see `schema.sql`).
    static let version2To3 = Migration(from: 2) { db in
        try db.executeScript(
            """
            ALTER TABLE articles ADD COLUMN raw BLOB;
            DROP TRIGGER articles_text_insert;
            DROP INDEX meetings_by_first_day;
            CREATE INDEX meetings_by_first_day ON meetings(first_day, last_day);
            """)
    }
}
