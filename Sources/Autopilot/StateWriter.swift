/// Runs a runtime's durable file writes (parameters, plans, the end of a flight log: each
/// `fsync`'d) on one background thread, in the order they were submitted, so the paced loop that
/// flies the vehicle never waits for a disk.
///
/// Why: an `fsync` on the CI machine's disk took up to about 20 ms, four service periods, and
/// `scripts/soak` counted every one done inside the loop as missed deadlines. PX4 likewise keeps
/// its logger and parameter storage out of the control path.
///
/// Jobs run at ordinary time-shared scheduling even when the process is real-time, and the
/// thread finds them on its own timer, never woken by the loop (`PolledWorkQueue`).
///
/// One owner submits; `isDone` and `drain` may be called from that owner at any time.
final class StateWriter: Sendable {
    private let queue = PolledWorkQueue(label: "state writer")

    /// Queues `job` after every job submitted before it; returns its ticket for `isDone`.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Void) -> UInt64 { queue.submit(job) }

    /// True once the job with `ticket`, and so every job before it, has finished.
    func isDone(_ ticket: UInt64) -> Bool { queue.isDone(ticket) }

    /// Blocks until every job submitted so far has finished (at shutdown).
    func drain() { queue.drain() }
}
