/// Counts the service steps a paced runtime finished later than the wall clock allowed.
///
/// A runtime paced at a speed-up `S` owes simulated time `t` by wall time `start + t / S` (what
/// `Pacer` sleeps towards). A step that reaches `t` more than one service period of wall time
/// (`servicePeriod / S`) after that is a missed deadline: the flight code, the physics or the
/// MAVLink services (or the machine) could not keep up with the chosen speed. An unpaced runtime
/// has no deadlines.
public struct DeadlineMonitor: Sendable {
    /// Service steps seen.
    public private(set) var steps = 0
    /// Service steps that ended more than one service period behind their due wall time.
    public private(set) var missed = 0
    /// The latest a step ended after its due wall time (zero when never late).
    public private(set) var worstLateness: Duration = .zero
    /// The allowance: one service period of wall time at the runtime's speed-up.
    public let allowance: Duration

    /// `servicePeriodMicros`: simulated µs per service step; `speed`: the real-time factor.
    public init(servicePeriodMicros: UInt64, speed: Double) {
        allowance = .nanoseconds(Int64(Double(servicePeriodMicros) * 1_000 / speed))
    }

    /// Records one step that ended `lateness` after its due wall time (zero or negative: on time).
    public mutating func record(lateness: Duration) {
        steps += 1
        if lateness > worstLateness { worstLateness = lateness }
        if lateness > allowance { missed += 1 }
    }
}
