/// Counts the service steps a paced runtime finished later than the wall clock allowed.
///
/// A runtime paced at a speed-up `S` owes simulated time `t` by wall time `start + t / S` (what
/// `Pacer` sleeps towards). A step that reaches `t` more than one service period of wall time
/// after that is a missed deadline: the runtime stalled longer than a vehicle running in real
/// time could afford, or fell behind the chosen speed (then every later step is late, too). The
/// allowance is the service period itself, not the period divided by `S`: a speed-up shortens
/// the idle time between steps, not the host's wake-up and scheduling delays, which stay the
/// same milliseconds (measured on the 2-core KVM guest with `scripts/soak`: nanosleep wake-ups up
/// to about 1–6 ms late under load, even at `SCHED_FIFO`). An unpaced runtime has no deadlines.
public struct DeadlineMonitor: Sendable {
    /// Service steps seen.
    public private(set) var steps = 0
    /// Service steps that ended more than one service period behind their due wall time.
    public private(set) var missed = 0
    /// The latest a step ended after its due wall time (zero when never late).
    public private(set) var worstLateness: Duration = .zero
    /// The allowance: one service period of wall time.
    public let allowance: Duration

    /// `servicePeriodMicros`: simulated µs per service step (5 000: the allowance is 5 ms).
    public init(servicePeriodMicros: UInt64) {
        allowance = .microseconds(Int64(servicePeriodMicros))
    }

    /// Records one step that ended `lateness` after its due wall time (zero or negative: on time).
    public mutating func record(lateness: Duration) {
        steps += 1
        if lateness > worstLateness { worstLateness = lateness }
        if lateness > allowance { missed += 1 }
    }
}
