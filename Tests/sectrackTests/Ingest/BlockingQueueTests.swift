import Foundation
import Testing

@testable import sectrack

@Suite("Blocking queue")
struct BlockingQueueTests {
    @Test("items come out in the order they went in, and nil once the queue is closed and drained")
    func order() {
        let queue = BlockingQueue<Int>(capacity: 4)
        for item in 1...3 { queue.put(item) }
        queue.close()
        #expect(queue.take() == 1)
        #expect(queue.take(upTo: 5, before: nil) == [2, 3])
        #expect(queue.take() == nil)
        #expect(queue.take(upTo: 2, before: nil).isEmpty)
    }

    @Test("a batch taken before a deadline holds what came by then")
    func deadline() {
        let queue = BlockingQueue<Int>(capacity: 8)
        queue.put(7)
        let batch = queue.take(upTo: 4, before: Date().addingTimeInterval(0.05))
        #expect(batch == [7])
        #expect(queue.take(upTo: 4, before: Date().addingTimeInterval(0.01)).isEmpty)
    }

    @Test("producers blocked on a full queue go on as a consumer takes batches, and nothing is lost")
    func fullQueue() {
        let queue = BlockingQueue<Int>(capacity: 3)
        let done = BlockingQueue<Bool>(capacity: 2)
        for producer in 0..<2 {
            Thread {
                for item in 0..<500 { queue.put(producer * 1000 + item) }
                done.put(true)
            }.start()
        }
        Thread {
            _ = done.take()
            _ = done.take()
            queue.close()
        }.start()
        var received: [Int] = []
        while let first = queue.take() {
            received.append(first)
            received += queue.take(upTo: 3, before: Date().addingTimeInterval(0.01))
        }
        #expect(received.count == 1000)
        #expect(received.filter { $0 < 1000 } == Array(0..<500), "one producer's items stay in order")
        #expect(Set(received) == Set((0..<500).map { $0 } + (0..<500).map { 1000 + $0 }))
    }
}
