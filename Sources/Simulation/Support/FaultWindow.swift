/// A half-open time window [start, end) in µs during which a fault is active.
struct FaultWindow: Sendable {
    var start: UInt64 = 0
    var end: UInt64 = 0

    init() {}

    /// Starting at `start` µs and lasting `seconds`.
    init(start: UInt64, seconds: Float) {
        self.start = start
        end = start + UInt64((max(seconds, 0) * 1_000_000).rounded())
    }

    func contains(_ time: UInt64) -> Bool { time >= start && time < end }
}
