import Foundation

/// Hands results produced out of order by several threads back in order: producers `put` the
/// result for each sequence number, the consumer `take`s them 0, 1, 2, ...
///
/// A producer waits while its number is `capacity` or more ahead of the next one taken, so the
/// buffer never holds more than `capacity` results whatever the input size. Threads are woken
/// only when one waits for what changed: waking them on every hand-off costs more than a
/// small article's extraction.
///
/// `@unchecked Sendable`: every access to the stored state happens under `condition`'s lock.
final class ReorderBuffer<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int: Element] = [:]
    private var next = 0
    /// The number of results there will be, once known.
    private var total: Int?
    private let capacity: Int
    /// Whether the consumer waits for result `next`.
    private var consumerWaits = false
    /// How many producers wait for room.
    private var waitingProducers = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Stores the result numbered `index`, waiting while it is too far ahead.
    func put(_ index: Int, _ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while index >= next + capacity {
            waitingProducers += 1
            condition.wait()
            waitingProducers -= 1
        }
        waiting[index] = element
        if consumerWaits && index == next { condition.broadcast() }
    }

    /// There will be `count` results in all (numbered `0..<count`).
    func finish(count: Int) {
        condition.lock()
        total = count
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in order, waiting for it; `nil` after the last.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting[next] == nil {
            if let total, next >= total { return nil }
            consumerWaits = true
            condition.wait()
            consumerWaits = false
        }
        let element = waiting.removeValue(forKey: next)
        next += 1
        if waitingProducers > 0 { condition.broadcast() }
        return element
    }
}
