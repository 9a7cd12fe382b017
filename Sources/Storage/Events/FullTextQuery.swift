/// Turns what a user typed into an FTS5 query that matches its words as written.
///
/// Each whitespace-separated word becomes a quoted string (`"` doubled inside), so punctuation
/// and words like `AND`, `NEAR` or `-` carry no query meaning; FTS5 joins them with an
/// implicit AND.
///
/// See <https://www.sqlite.org/fts5.html#full_text_query_syntax>.
enum FullTextQuery {
    /// `drug "trafficking"` gives `"drug" """trafficking"""`; `nil` when there is no word.
    static func allWords(of text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map { word in
            "\"" + word.replacing("\"", with: "\"\"") + "\""
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
