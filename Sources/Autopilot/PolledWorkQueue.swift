import Foundation
import Synchronization

/// Runs jobs one after another, in the order they were submitted, on a background thread of its
/// own that looks for work on its own timer instead of being woken: `pollInterval` after its last
/// job, then twice as long after each look that found nothing, up to `idlePollInterval`.
///
/// Why: the paced loop hands work here (file writes, checksums, folder reads). Waking a sleeping
/// thread is a system call that signals the other CPU, and on a busy virtual machine the soak saw
/// one charged 5–9 ms to the thread that woke it. With the timer, `submit` takes a lock and
/// appends; the worker finds the job at its next look, at most `idlePollInterval` later (sooner
/// while jobs keep coming). Backing off while idle keeps four such workers from waking a CPU
/// 2 000 times a second between jobs (about 4 % of a core on the soak's host).
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
        /// How long the worker sleeps before its next look, µs (to observe the back-off).
        let sleepMicros = Atomic<Int64>(0)
    }

    private let mailbox = Mailbox()
    /// How long the worker sleeps after a look that found jobs.
    let pollInterval: Duration
    /// The longest it sleeps between looks that find nothing.
    let idlePollInterval: Duration

    /// Starts the worker thread, named `label` (at most 15 bytes, Linux's limit, as `top -H` and
    /// `perf` show it).
    init(label: String, pollInterval: Duration = .milliseconds(2), idlePollInterval: Duration = .milliseconds(16)) {
        self.pollInterval = pollInterval
        self.idlePollInterval = max(idlePollInterval, pollInterval)
        let mailbox = self.mailbox
        let shortest = Self.micros(pollInterval), longest = Self.micros(self.idlePollInterval)
        // Named from inside: Foundation on Linux does not pass a name set before `start` on.
        Thread {
            Thread.current.name = label
            BackgroundPriority.run { Self.work(mailbox, sleeping: shortest, upTo: longest) }
        }.start()
    }

    static func micros(_ d: Duration) -> Int64 {
        let (seconds, attoseconds) = d.components
        return max(1, seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
    }

    deinit { mailbox.state.withLock { $0.stopping = true } }

    private static func work(_ mailbox: Mailbox, sleeping shortest: Int64, upTo longest: Int64) {
        var sleep = shortest
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
            } else {
                sleep = shortest
                mailbox.sleepMicros.store(sleep, ordering: .relaxed)
                continue   // more may have come meanwhile
            }
            mailbox.sleepMicros.store(sleep, ordering: .relaxed)
            Thread.sleep(forTimeInterval: Double(sleep) * 1e-6)
            sleep = min(sleep * 2, longest)
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

    /// How long the worker sleeps before its next look now: `pollInterval` after a job, growing
    /// to `idlePollInterval` while none comes.
    var currentPollInterval: Duration { .microseconds(mailbox.sleepMicros.load(ordering: .relaxed)) }

    /// Holds back the jobs not yet started until `resume` (for tests that look at work in progress).
    func suspend() { mailbox.state.withLock { $0.suspended = true } }

    /// Lets the worker take jobs again after `suspend`.
    func resume() { mailbox.state.withLock { $0.suspended = false } }
}
