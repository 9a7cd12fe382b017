import Foundation
import Testing

@testable import sectrack

@Suite("Parallel extraction")
struct ParallelExtractionTests {
    @Test("results put out of order on many threads come back in order, none lost")
    func reorder() {
        let buffer = ReorderBuffer<Int>(capacity: 4)
        let count = 200
        // Threads, not tasks: producers block while they are ahead, which tasks must never do.
        for worker in 0..<4 {
            Thread {
                // Each worker produces every fourth number.
                for index in stride(from: worker, to: count, by: 4) { buffer.put(index, index * 10) }
            }.start()
        }
        buffer.finish(count: count)
        var taken: [Int] = []
        while let value = buffer.take() { taken.append(value) }
        #expect(taken == (0..<count).map { $0 * 10 })
    }

    @Test(
        "with one job (on the calling thread) or several the articles come out in input order, failures among them",
        arguments: [1, 3])
    func inputOrder(jobs: Int) throws {
        let scratch = try Scratch()
        var paths: [String] = []
        for index in 0..<30 {
            if index % 7 == 3 {
                paths.append(scratch.path("missing-\(index).txt"))
            } else {
                let story = wireStory("Vientiane", "March \(index % 28 + 1), 2024")
                paths.append(try scratch.write("a\(index).txt", story))
            }
        }
        var seen: [String] = []
        ParallelExtraction(jobs: jobs, standardInputFormat: nil).run(InputWalker(arguments: paths)) { outcome in
            switch outcome {
            case .extracted(let path, let result):
                #expect(result.meetings.count == 1, "\(path)")
                seen.append(path)
            case .failed(let path, let reason):
                #expect(reason == "no such file")
                seen.append(path)
            }
        }
        #expect(seen == paths)
    }
}
