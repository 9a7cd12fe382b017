import Foundation

/// A bounded first-in first-out queue between threads: `put` waits while it is full, `take`
/// waits while it is empty and returns `nil` once it is closed and drained.
///
/// A waiting thread is woken only when it can go on, never on every change: a taker once the
/// items it waits for are there, a putter once the queue is half empty. Threads that do not
/// wait pay for a lock and nothing more.
///
/// `@unchecked Sendable`: every access to the stored state happens under `condition`'s lock.
final class BlockingQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int
    /// Threads waiting in `put` for room.
    private var waitingPutters = 0
    /// Threads waiting in `take` for items, and the fewest items any of them waits for
    /// (`Int.max` when none waits).
    private var waitingTakers = 0
    private var wanted = Int.max

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    private var count: Int { items.count - head }

    /// Adds `item`, waiting for room.
    func put(_ item: Element) {
        condition.lock()
        defer { condition.unlock() }
        while count >= capacity {
            waitingPutters += 1
            condition.wait()
            waitingPutters -= 1
        }
        items.append(item)
        if waitingTakers > 0 && count >= wanted { condition.broadcast() }
    }

    /// The oldest item, waiting for one; `nil` when the queue is closed and empty.
    func take() -> Element? {
        take(upTo: 1, before: nil).first
    }

    /// Up to `limit` of the oldest items: waits until `limit` items are there, the queue is
    /// closed or `deadline` (if any) passes, then takes what there is (possibly nothing).
    /// `limit` is at most the capacity.
    func take(upTo limit: Int, before deadline: Date?) -> [Element] {
        let limit = min(max(1, limit), capacity)
        condition.lock()
        defer { condition.unlock() }
        while count < limit && !closed {
            waitingTakers += 1
            wanted = min(wanted, limit)
            var woken = true
            if let deadline { woken = condition.wait(until: deadline) } else { condition.wait() }
            waitingTakers -= 1
            if waitingTakers == 0 { wanted = Int.max }
            if !woken { break }
        }
        let taken = Array(items[head..<head + min(limit, count)])
        head += taken.count
        if head > 1024 {
            items.removeFirst(head)
            head = 0
        }
        if waitingPutters > 0 && count <= capacity / 2 { condition.broadcast() }
        return taken
    }

    /// No more items will come; waiting takers wake up.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
