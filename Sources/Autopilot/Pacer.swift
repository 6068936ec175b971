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
        guard let startWall else {
            self.startWall = now
            startSimMicros = simMicros
            return .zero
        }
        let simElapsed = Double(simMicros &- startSimMicros) * 1e-6
        let due = startWall.advanced(by: .nanoseconds(Int64(simElapsed / speed * 1e9)))
        return now < due ? now.duration(to: due) : .zero
    }
}
