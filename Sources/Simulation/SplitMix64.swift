import FlightMath

/// SplitMix64: a small, fast, seedable pseudo-random generator (Steele, Lea and Flood 2014).
///
/// Every random draw in the simulator goes through one of these, seeded from `--seed`, so a
/// seeded flight replays bit for bit.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform `Float` in [0, 1).
    public mutating func nextUnitFloat() -> Float { Float(next() >> 40) * 0x1p-24 }

    /// A standard normal draw (mean 0, σ 1) by the Box–Muller transform, single precision.
    public mutating func nextGaussian() -> Float {
        let u1 = max(nextUnitFloat(), 0x1p-24)
        let u2 = nextUnitFloat()
        return (-2 * Math.log(u1)).squareRoot() * Math.cos(2 * Float.pi * u2)
    }
}
