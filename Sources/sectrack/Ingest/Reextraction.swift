import Extraction
import Storage

/// Re-runs extraction over stored articles that an older extractor read, from their stored
/// text (the files are not needed), one article per transaction.
struct Reextraction {
    let db: Database

    /// Returns how many articles were re-extracted.
    /// - throws: ``DatabaseError`` when SQLite fails.
    func run() throws -> Int {
        let extractor = Extractor()
        var count = 0
        for article in try ArticleStore(db).articles(extractedBefore: Extractor.version) {
            let extraction = extractor.extract(Array(article.text.utf8), format: .plainText)
            try EventMerger(db).replaceExtraction(of: article.id, with: extraction, extractorVersion: Extractor.version)
            count += 1
        }
        return count
    }
}
