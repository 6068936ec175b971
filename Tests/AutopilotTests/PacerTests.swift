import Testing
@testable import Autopilot

/// `Pacer`: due times at a speed-up, and the schedule postponed by time that is not the
/// simulation's.
@Suite struct PacerTests {
    @Test func postponingMovesEveryLaterDueTimeBack() {
        let clock = ContinuousClock()
        let start = clock.now
        var p = Pacer(speed: 10)
        #expect(p.delay(untilSimMicros: 0, now: start) == .zero)   // starts the pacing
        // At 10×, 50 ms of simulated time is due 5 ms of wall time after the start.
        #expect(p.delay(untilSimMicros: 50_000, now: start) == .milliseconds(5))
        #expect(p.lateness(atSimMicros: 50_000, now: start.advanced(by: .milliseconds(12))) == .milliseconds(7))
        p.postpone(by: .milliseconds(4))
        #expect(p.delay(untilSimMicros: 50_000, now: start) == .milliseconds(9))
        #expect(p.lateness(atSimMicros: 50_000, now: start.advanced(by: .milliseconds(12))) == .milliseconds(3))
        // Nothing to postpone before the pacing started, or when unpaced.
        var fresh = Pacer(speed: 10)
        fresh.postpone(by: .milliseconds(4))
        #expect(fresh.lateness(atSimMicros: 0, now: start) == nil)
        var unpaced = Pacer(speed: nil)
        unpaced.postpone(by: .milliseconds(4))
        #expect(unpaced.delay(untilSimMicros: 50_000, now: start) == .zero)
    }
}
