import Foundation
import Synchronization
import Testing
@testable import Autopilot

/// `PolledWorkQueue`: the background worker that the paced loop hands file work to without
/// waking it.
@Suite struct PolledWorkQueueTests {
    @Test func jobsRunInOrderAndTicketsTellWhichAreDone() {
        let queue = PolledWorkQueue(label: "test.order")
        let ran = Mutex<[Int]>([])

        let tickets = (0..<50).map { i in queue.submit { ran.withLock { $0.append(i) } } }
        queue.drain()

        #expect(ran.withLock { $0 } == Array(0..<50))
        #expect(tickets.allSatisfy(queue.isDone))
        #expect(!queue.isDone(tickets.last! + 1))
    }

    @Test func aSuspendedQueueHoldsItsJobsUntilResumed() {
        let queue = PolledWorkQueue(label: "test.suspend")
        let ran = Atomic<Int>(0)
        queue.suspend()

        let ticket = queue.submit { ran.add(1, ordering: .relaxed) }
        Thread.sleep(forTimeInterval: 0.05)                     // several of the worker's looks

        #expect(ran.load(ordering: .relaxed) == 0)
        #expect(!queue.isDone(ticket))
        queue.resume()
        queue.drain()
        #expect(ran.load(ordering: .relaxed) == 1)
    }

    /// While nothing comes the worker looks less and less often, down to one look per
    /// `idlePollInterval`; a job brings it back to looking every `pollInterval`. (Long intervals,
    /// so that the shorter looks after the job last 75 ms for the test to see on a busy machine.)
    @Test func anIdleWorkerBacksOffAndAJobBringsItBack() {
        let queue = PolledWorkQueue(label: "test.backoff", pollInterval: .milliseconds(5), idlePollInterval: .milliseconds(80))
        var intervals: Set<Duration> = []
        for _ in 0..<4000 where queue.currentPollInterval != .milliseconds(80) {
            intervals.insert(queue.currentPollInterval)
            Thread.sleep(forTimeInterval: 0.0005)
        }
        #expect(queue.currentPollInterval == .milliseconds(80), "never backed off: \(intervals)")
        #expect(intervals.isSubset(of: [.zero, .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(40)]), "\(intervals)")

        queue.submit {}
        queue.drain()
        var seen = queue.currentPollInterval
        for _ in 0..<4000 where seen == .milliseconds(80) {
            Thread.sleep(forTimeInterval: 0.0005)
            seen = queue.currentPollInterval
        }
        #expect(seen < .milliseconds(80), "still looking only every 80 ms after a job")
    }

    @Test func theWorkerRunsTheJobsGivenThenEndsWhenTheQueueIsReleased() throws {
        let worker = Mutex<Thread?>(nil)
        let ran = Atomic<Int>(0)
        do {
            let queue = PolledWorkQueue(label: "test.release")
            queue.submit { worker.withLock { $0 = Thread.current } }
            queue.drain()
            queue.suspend()
            for _ in 0..<3 { queue.submit { ran.add(1, ordering: .relaxed) } }
        }
        let thread = try #require(worker.withLock { $0 })

        for _ in 0..<2000 where !thread.isFinished { Thread.sleep(forTimeInterval: 0.001) }

        #expect(thread.isFinished)
        #expect(ran.load(ordering: .relaxed) == 3)
    }
}
