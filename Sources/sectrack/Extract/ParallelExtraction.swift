import Extraction
import Foundation

/// Reads and extracts the inputs on several threads and hands the results back in input
/// order: one thread walks the paths, `jobs` workers read and extract, and the caller
/// receives each result as soon as those before it are done. With one job everything runs
/// on the caller's thread, which spares the hand-offs between threads.
///
/// Queues are bounded, so memory stays flat whatever the number of inputs.
struct ParallelExtraction {
    /// One input's outcome, as the caller receives it.
    enum Outcome: Sendable {
        case extracted(path: String, ArticleExtraction)
        case failed(path: String, reason: String)
    }

    let jobs: Int
    /// The format to read standard input as (`nil`: decided from the bytes).
    let standardInputFormat: InputFormat?

    /// Calls `body` with the outcome of every article `inputs` yields, in order (skipped
    /// entries yield none).
    func run(_ inputs: InputWalker, _ body: (Outcome) -> Void) {
        guard jobs > 1 else { return runInline(inputs, body) }
        let paths = BlockingQueue<(index: Int, path: String)>(capacity: jobs * 16)
        let results = ReorderBuffer<Outcome>(capacity: jobs * 32)
        Thread {
            var count = 0
            for item in inputs {
                switch item {
                case .file(let path): paths.put((count, path))
                case .standardInput: paths.put((count, "-"))
                case .skipped: continue
                }
                count += 1
            }
            paths.close()
            results.finish(count: count)
        }.start()
        let format = standardInputFormat
        for _ in 0..<jobs {
            Thread {
                let extractor = Extractor()
                while let (index, path) = paths.take() {
                    results.put(index, Self.extract(path, with: extractor, standardInputFormat: format))
                }
            }.start()
        }
        while let outcome = results.take() { body(outcome) }
    }

    /// Reads, extracts and hands over each input in turn on the caller's thread.
    private func runInline(_ inputs: InputWalker, _ body: (Outcome) -> Void) {
        let extractor = Extractor()
        for item in inputs {
            switch item {
            case .file(let path): body(Self.extract(path, with: extractor, standardInputFormat: standardInputFormat))
            case .standardInput: body(Self.extract("-", with: extractor, standardInputFormat: standardInputFormat))
            case .skipped: continue
            }
        }
    }

    /// Reads and extracts one input; `-` is standard input.
    static func extract(_ path: String, with extractor: Extractor, standardInputFormat: InputFormat?) -> Outcome {
        let read = path == "-" ? ArticleFile.readStandardInput() : ArticleFile.read(path)
        switch read {
        case .success(let bytes):
            let format = path == "-" ? standardInputFormat : InputFormat.named(by: path)
            return .extracted(path: path, extractor.extract(bytes, format: format))
        case .failure(let reason):
            return .failed(path: path, reason: "\(reason)")
        }
    }
}
