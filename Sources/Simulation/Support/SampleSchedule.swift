/// A fixed-rate schedule in integer microseconds: due at start, then every period.
struct SampleSchedule: Sendable {
    let periodMicros: UInt64
    var nextMicros: UInt64 = 0

    init(rateHz: Float) { periodMicros = UInt64((1_000_000 / rateHz).rounded()) }

    /// The period in seconds.
    var period: Float { Float(periodMicros) * 1e-6 }

    /// True (and advances) when a sample is due at `time`.
    mutating func due(at time: UInt64) -> Bool {
        guard time >= nextMicros else { return false }
        nextMicros += periodMicros
        if nextMicros <= time { nextMicros = time + periodMicros }   // skipped ahead: no bursts
        return true
    }
}
