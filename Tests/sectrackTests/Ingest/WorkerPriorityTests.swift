import Foundation
import Testing

@testable import sectrack

@Suite("Worker priority")
struct WorkerPriorityTests {
    #if os(Linux)
        @Test("a worker lowers its own thread's priority, not the priority of the thread that started it")
        func lowersOnlyTheCallingThread() {
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            let before = getpriority(which, 0)
            let done = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var seen: (before: Int32, after: Int32) = (0, 0)
            let worker = Thread {
                let start = getpriority(which, 0)
                WorkerPriority.lowerForCurrentThread()
                seen = (start, getpriority(which, 0))
                done.signal()
            }
            worker.start()
            done.wait()
            #expect(seen.after == min(seen.before + WorkerPriority.niceIncrement, 19))
            #expect(getpriority(which, 0) == before)
        }
    #endif
}
