extension Migration {
    /// Version 3 indexes new articles' text from the code that stores them, a batch at a
    /// time, instead of from a trigger per article row, and adds `last_day` to the index on
    /// meeting dates (see `schema.sql`).
    static let version2To3 = Migration(from: 2) { db in
        try db.executeScript(
            """
            DROP TRIGGER articles_text_insert;
            DROP INDEX meetings_by_first_day;
            CREATE INDEX meetings_by_first_day ON meetings(first_day, last_day);
            """)
    }
}
