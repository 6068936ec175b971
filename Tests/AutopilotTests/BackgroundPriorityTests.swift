import Foundation
import Synchronization
import Testing
@testable import Autopilot

/// `BackgroundPriority`: background file work must not run at the real-time policy a soak or a
/// vehicle gives the process, and must hand the thread back as it found it.
@Suite("Background work at ordinary priority")
struct BackgroundPriorityTests {
    /// What a thread saw: its policy inside `BackgroundPriority.run` and after it; nil when the
    /// thread could not be made real-time (no `CAP_SYS_NICE`).
    static func observeOnRealtimeThread(policy: Int32) -> (inside: Int32, after: Int32)? {
        let result = Mutex<(inside: Int32, after: Int32)??>(nil)
        let thread = Thread {
            var param = sched_param()
            param.sched_priority = 10
            guard pthread_setschedparam(pthread_self(), policy, &param) == 0 else { result.withLock { $0 = .some(nil) }; return }
            let inside = BackgroundPriority.run { BackgroundPriority.currentPolicy() }
            let after = BackgroundPriority.currentPolicy()
            var back = sched_param()
            _ = pthread_setschedparam(pthread_self(), SCHED_OTHER, &back)
            result.withLock { $0 = .some((inside, after)) }
        }
        thread.start()
        while result.withLock({ $0 == nil }) { usleep(1000) }
        return result.withLock { $0! }
    }

    /// Whether this process may make a thread real-time (root, or `CAP_SYS_NICE`, as in CI).
    static let realtimeAllowed: Bool = observeOnRealtimeThread(policy: SCHED_FIFO) != nil

    @Test(.enabled(if: realtimeAllowed, "needs permission to use SCHED_FIFO"), arguments: [SCHED_FIFO, SCHED_RR])
    func workRunsTimeSharedAndTheThreadGetsItsPolicyBack(policy: Int32) throws {
        let seen = try #require(Self.observeOnRealtimeThread(policy: policy))
        #expect(seen.inside == SCHED_OTHER)
        #expect(seen.after == policy)
    }

    @Test func anOrdinaryThreadIsLeftAlone() {
        let before = BackgroundPriority.currentPolicy()
        #expect(BackgroundPriority.run { BackgroundPriority.currentPolicy() } == before)
        #expect(BackgroundPriority.currentPolicy() == before)
    }
}
