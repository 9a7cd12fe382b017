import Foundation

/// A bounded first-in first-out queue between threads: `put` waits while it is full, `take`
/// waits while it is empty and returns `nil` once it is closed and drained.
///
/// `@unchecked Sendable`: every access to the stored state happens under `condition`'s lock.
final class BlockingQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Adds `item`, waiting for room.
    func put(_ item: Element) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
    }

    /// The oldest item, waiting for one; `nil` when the queue is closed and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 1024 {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// The oldest item if one comes before `deadline`; `nil` on timeout or when closed and empty.
    func take(before deadline: Date) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !closed {
            if !condition.wait(until: deadline) { return nil }
        }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        condition.broadcast()
        return item
    }

    /// No more items will come; waiting takers wake up.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
