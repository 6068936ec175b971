import Foundation
import Synchronization

/// Runs jobs one after another, in the order they were submitted, on a background thread of its
/// own that looks for work on its own timer (every `pollInterval`) instead of being woken.
///
/// Why: the paced loop hands work here (file writes, checksums, folder reads). Waking a sleeping
/// thread is a system call that signals the other CPU, and on a busy virtual machine the soak saw
/// one charged 5–9 ms to the thread that woke it. With the timer, `submit` takes a lock and
/// appends; the worker finds the job at its next look, at most `pollInterval` later.
///
/// The thread runs at ordinary time-shared scheduling even when the process is real-time
/// (`BackgroundPriority`), and ends when the queue is released (after the jobs already given).
final class PolledWorkQueue: Sendable {
    /// What the submitter and the worker thread share; the thread holds only this, so releasing
    /// the queue ends the thread.
    private final class Mailbox: Sendable {
        struct State {
            var jobs: [(ticket: UInt64, job: @Sendable () -> Void)] = []
            var suspended = false
            var stopping = false
        }
        let state = Mutex(State())
        let submitted = Atomic<UInt64>(0)
        let finished = Atomic<UInt64>(0)
    }

    private let mailbox = Mailbox()
    /// How long the worker sleeps when it found nothing to do.
    let pollInterval: Duration

    /// Starts the worker thread, named `label` (at most 15 bytes, Linux's limit, as `top -H` and
    /// `perf` show it).
    init(label: String, pollInterval: Duration = .milliseconds(2)) {
        self.pollInterval = pollInterval
        let mailbox = self.mailbox
        let (seconds, attoseconds) = pollInterval.components
        let sleep = Double(seconds) + Double(attoseconds) * 1e-18
        // Named from inside: Foundation on Linux does not pass a name set before `start` on.
        Thread {
            Thread.current.name = label
            BackgroundPriority.run { Self.work(mailbox, sleeping: sleep) }
        }.start()
    }

    deinit { mailbox.state.withLock { $0.stopping = true } }

    private static func work(_ mailbox: Mailbox, sleeping interval: Double) {
        while true {
            let (jobs, stopping) = mailbox.state.withLock { s in
                var taken: [(ticket: UInt64, job: @Sendable () -> Void)] = []
                if !s.suspended || s.stopping { swap(&taken, &s.jobs) }
                return (taken, s.stopping)
            }
            for (ticket, job) in jobs {
                job()
                mailbox.finished.store(ticket, ordering: .releasing)
            }
            if jobs.isEmpty {
                if stopping { return }
                Thread.sleep(forTimeInterval: interval)
            }
        }
    }

    /// Queues `job` after every job submitted before it; returns its ticket for `isDone`.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Void) -> UInt64 {
        mailbox.state.withLock { s in
            let ticket = mailbox.submitted.add(1, ordering: .relaxed).newValue
            s.jobs.append((ticket, job))
            return ticket
        }
    }

    /// True once the job with `ticket`, and so every job before it, has finished.
    func isDone(_ ticket: UInt64) -> Bool { mailbox.finished.load(ordering: .acquiring) >= ticket }

    /// Blocks until every job submitted so far has finished (at shutdown, and in tests).
    func drain() {
        let last = mailbox.submitted.load(ordering: .acquiring)
        while !isDone(last) { Thread.sleep(forTimeInterval: 0.001) }
    }

    /// Holds back the jobs not yet started until `resume` (for tests that look at work in progress).
    func suspend() { mailbox.state.withLock { $0.suspended = true } }

    /// Lets the worker take jobs again after `suspend`.
    func resume() { mailbox.state.withLock { $0.suspended = false } }
}
