import Foundation

/// A one-line progress display on stderr: count, share done, rate and estimated time left.
/// Redrawn at most ten times a second; cleared when done.
final class ProgressBar {
    private let total: Int?
    private let started = Date()
    private var lastDrawn = Date.distantPast

    /// `total` is the number of items expected, when known.
    init(total: Int?) {
        self.total = total
    }

    /// Shows that `done` items are finished.
    func update(_ done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        FileHandle.standardError.write(
            Data(
                ("\r" + Self.line(done: done, total: total, seconds: now.timeIntervalSince(started)) + "\u{1B}[K").utf8)
        )
    }

    /// Removes the line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `1200/20000   6%  450/s  ETA 0:37` (without a total: `1200  450/s`).
    static func line(done: Int, total: Int?, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let rateText = "\(Int(rate.rounded()))/s"
        guard let total, total > 0 else { return "\(done)  \(rateText)" }
        let share = min(100, done * 100 / total)
        let width = 24
        let filled = width * min(done, total) / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var eta = "--:--"
        if rate > 0 {
            let left = Int((Double(max(0, total - done)) / rate).rounded())
            eta = "\(left / 60):" + (left % 60 < 10 ? "0" : "") + "\(left % 60)"
        }
        return "[\(bar)] \(done)/\(total) \(share)%  \(rateText)  ETA \(eta)"
    }
}
