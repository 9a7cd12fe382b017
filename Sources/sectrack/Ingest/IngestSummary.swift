/// What one `ingest` run did, file by file.
struct IngestSummary: Equatable {
    /// New articles stored with their meetings.
    var landed = 0
    /// Articles whose content was stored before (their path is remembered).
    var known = 0
    /// Files in folders that are not articles.
    var skipped = 0
    /// Files that could not be read or stored.
    var failed = 0

    /// Every file looked at.
    var total: Int { landed + known + skipped + failed }

    /// `12 landed, 3 already known, 1 skipped, 0 failed`.
    var description: String {
        "\(landed) landed, \(known) already known, \(skipped) skipped, \(failed) failed"
    }
}
