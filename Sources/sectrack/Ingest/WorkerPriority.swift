import Foundation

/// The scheduling priority of ingest's extraction workers.
///
/// Ingest has one serial stage, the writer, and as many extraction workers as cores: with
/// every thread at the same priority, the writer shares a core with a worker and the pipeline
/// waits for it. A worker that lowers its own priority leaves the writer a core whenever the
/// writer has work, and still takes every cycle the writer does not use.
enum WorkerPriority {
    /// How much lower than the writer a worker runs, as a nice increment.
    static let niceIncrement: Int32 = 10

    /// Lowers the calling thread's priority. Only Linux keeps a nice value per thread; elsewhere
    /// this does nothing, since it would lower the writer's priority too.
    static func lowerForCurrentThread() {
        #if os(Linux)
            // `who` 0 is the calling thread. A failure leaves the priority as it was: harmless.
            let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, current + niceIncrement)
        #endif
    }
}
