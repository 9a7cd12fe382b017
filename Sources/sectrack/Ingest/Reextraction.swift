import Extraction
import Storage

/// Re-runs extraction over stored articles that an older extractor read, one article per
/// transaction, without the files: from the bytes stored with the article (so evidence
/// offsets point into the file as it was read), or, for articles stored before those were
/// kept, from the stored cleaned text.
struct Reextraction {
    let db: Database

    /// Returns how many articles were re-extracted.
    /// - throws: ``DatabaseError`` when SQLite fails.
    func run() throws -> Int {
        let extractor = Extractor()
        let store = ArticleStore(db)
        var count = 0
        for article in try store.articles(extractedBefore: Extractor.version) {
            let extraction =
                if let raw = try store.rawBytes(of: article.id) {
                    extractor.extract(raw, format: InputFormat.named(by: article.firstPath))
                } else {
                    extractor.extract(Array(article.text.utf8), format: .plainText)
                }
            try EventMerger(db).replaceExtraction(of: article.id, with: extraction, extractorVersion: Extractor.version)
            count += 1
        }
        return count
    }
}
