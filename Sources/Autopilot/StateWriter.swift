import Dispatch
import Synchronization

/// Runs a runtime's durable file writes (parameters, plans, the end of a flight log: each
/// `fsync`'d) on one background thread, in the order they were submitted, so the paced loop that
/// flies the vehicle never waits for a disk.
///
/// Why: an `fsync` on the CI machine's disk took up to about 20 ms, four service periods, and
/// `scripts/soak` counted every one done inside the loop as missed deadlines. PX4 likewise keeps
/// its logger and parameter storage out of the control path.
///
/// Jobs run at ordinary time-shared scheduling even when the process is real-time
/// (`BackgroundPriority`).
///
/// One owner submits; `isDone` and `drain` may be called from that owner at any time.
final class StateWriter: Sendable {
    private let queue = DispatchQueue(label: "swiftlet.state-writer")
    private let submitted = Atomic<UInt64>(0)
    private let finished = Atomic<UInt64>(0)

    /// Queues `job` after every job submitted before it; returns its ticket for `isDone`.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Void) -> UInt64 {
        let ticket = submitted.add(1, ordering: .relaxed).newValue
        queue.async { [self] in
            BackgroundPriority.run(job)
            finished.store(ticket, ordering: .releasing)
        }
        return ticket
    }

    /// True once the job with `ticket`, and so every job before it, has finished.
    func isDone(_ ticket: UInt64) -> Bool { finished.load(ordering: .acquiring) >= ticket }

    /// Blocks until every job submitted so far has finished (at shutdown).
    func drain() { queue.sync {} }
}
