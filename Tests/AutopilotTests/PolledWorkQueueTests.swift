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
        Thread.sleep(forTimeInterval: 0.05)                     // 25 of the worker's looks

        #expect(ran.load(ordering: .relaxed) == 0)
        #expect(!queue.isDone(ticket))
        queue.resume()
        queue.drain()
        #expect(ran.load(ordering: .relaxed) == 1)
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
