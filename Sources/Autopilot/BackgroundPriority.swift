import Foundation

/// Keeps background work (file writes, checksums of logs) from competing with the paced loop
/// when the process runs at a real-time scheduling policy.
///
/// Why: `scripts/soak` starts `swiftlet sitl` at `SCHED_FIFO`, as PX4 runs its threads on Linux,
/// and every thread the process starts inherits that policy, the Dispatch workers that run
/// `StateWriter` jobs and log checksums included. A `SCHED_FIFO` thread is never time-sliced
/// against another of the same priority, so on a 2-core machine a checksum of a 6 MB log can hold
/// a core for tens of milliseconds at the loop's own priority. The debug-build soak's bursts of
/// late steps came every fifth flight, when the ground station lists and downloads logs; with
/// this in place they were fewer (docs/RELIABILITY.md). PX4 likewise runs its logger's writer at
/// a low priority.
enum BackgroundPriority {
    /// Runs `body` with the calling thread at ordinary time-shared scheduling (`SCHED_OTHER`)
    /// when it runs at a real-time policy (`SCHED_FIFO` or `SCHED_RR`), and restores the
    /// thread's policy afterwards (a Dispatch worker goes back to its pool and may run the
    /// loop's tasks next). On a thread already time-shared it just runs `body`.
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        let thread = pthread_self()
        var policy: Int32 = 0
        var saved = sched_param()
        guard pthread_getschedparam(thread, &policy, &saved) == 0,
              policy == SCHED_FIFO || policy == SCHED_RR else { return try body() }
        var ordinary = sched_param()
        ordinary.sched_priority = 0
        let lowered = pthread_setschedparam(thread, SCHED_OTHER, &ordinary) == 0
        defer { if lowered { _ = pthread_setschedparam(thread, policy, &saved) } }
        return try body()
    }

    /// The calling thread's scheduling policy (`SCHED_OTHER`, `SCHED_FIFO`, …), for tests.
    static func currentPolicy() -> Int32 {
        var policy: Int32 = -1
        var param = sched_param()
        _ = pthread_getschedparam(pthread_self(), &policy, &param)
        return policy
    }
}
