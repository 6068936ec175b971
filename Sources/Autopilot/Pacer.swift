import Foundation

/// Paces a lockstep simulation against the wall clock at a chosen speed-up.
///
/// The simulation never reads a clock; this edge type tells the runner how long to sleep so that
/// simulated time runs `speed` times faster than real time (or not at all for `nil`, "as fast as
/// the CPU allows").
public struct Pacer: Sendable {
    /// Real-time factor: 1 is real time, 10 is ten times faster, nil is unpaced.
    public var speed: Double?
    private var startWall: ContinuousClock.Instant?
    private var startSimMicros: UInt64 = 0

    public init(speed: Double?) { self.speed = speed }

    /// How long to wait, in real time, before simulated time `simMicros` is due.
    public mutating func delay(untilSimMicros simMicros: UInt64, now: ContinuousClock.Instant) -> Duration {
        guard let speed, speed > 0 else { return .zero }
        guard let due = dueTime(simMicros) else {
            startWall = now
            startSimMicros = simMicros
            return .zero
        }
        return now < due ? now.duration(to: due) : .zero
    }

    /// How long after its due wall time simulated time `simMicros` was reached (negative: early);
    /// nil when unpaced or before the first `delay` started the pacing.
    public func lateness(atSimMicros simMicros: UInt64, now: ContinuousClock.Instant) -> Duration? {
        dueTime(simMicros).map { $0.duration(to: now) }
    }

    /// Moves every later due time `delay` of wall time back: time the runner spent on something
    /// that is not the simulation's work (checking a long step by running it again) neither makes
    /// the next steps late nor is made up by running them faster.
    public mutating func postpone(by delay: Duration) {
        guard delay > .zero, let startWall else { return }
        self.startWall = startWall.advanced(by: delay)
    }

    /// The wall time simulated time `simMicros` is due at (nil: unpaced or not started).
    private func dueTime(_ simMicros: UInt64) -> ContinuousClock.Instant? {
        guard let speed, speed > 0, let startWall else { return nil }
        return startWall.advanced(by: .nanoseconds(Int64(Double(simMicros &- startSimMicros) * 1e3 / speed)))
    }

    /// Blocks the calling thread for `delay` (a `nanosleep`). A paced loop sleeps this way rather
    /// than with `Task.sleep`: woken through the global executor, `Task.sleep` of 1–2 ms came back
    /// up to 28 ms late on a loaded 2-core host, even with a 50 µs tolerance (measured in
    /// `scripts/soak`), while a thread's own sleep wakes on time. The loops that use it sleep at
    /// most a few milliseconds at a time and yield to other tasks after each sleep.
    public static func block(for delay: Duration) {
        let (seconds, attoseconds) = delay.components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) * 1e-18)
    }
}
