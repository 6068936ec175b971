/// A monotonic instant: microseconds since boot.
///
/// The core never reads a clock: every edge (simulator, host autopilot, firmware) passes time in.
public struct Tick: Comparable, Hashable, Sendable {
    /// Microseconds since boot.
    public var micros: UInt64

    @inlinable public init(micros: UInt64) { self.micros = micros }

    public static let zero = Tick(micros: 0)

    @inlinable public static func < (a: Tick, b: Tick) -> Bool { a.micros < b.micros }

    /// Seconds since boot (for logging and low-rate logic; keep fast loops in integer micros).
    @inlinable public var seconds: Double { Double(micros) * 1e-6 }

    /// The instant `micros` microseconds later.
    @inlinable public func advanced(byMicros micros: UInt64) -> Tick { Tick(micros: self.micros &+ micros) }

    /// Seconds elapsed from `earlier` to this instant (negative if `earlier` is later).
    @inlinable public func seconds(since earlier: Tick) -> Float {
        micros >= earlier.micros ? Float(micros - earlier.micros) * 1e-6 : -Float(earlier.micros - micros) * 1e-6
    }
}
