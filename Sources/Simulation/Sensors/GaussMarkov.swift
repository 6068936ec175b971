import FlightMath

/// A first-order Gauss–Markov process per axis (an exponentially correlated random error), the
/// usual model for slowly wandering sensor errors: GNSS position drift, barometer drift.
///
/// Implementation notes: the exact discretisation for a fixed step Δt is
/// x ← a x + σ √(1 − a²) n with a = e^(−Δt/τ), n ~ N(0, 1), so the stationary standard
/// deviation is σ at any step size and the autocorrelation is e^(−|t|/τ).
struct GaussMarkov3: Sendable {
    var value: Vector3 = .zero
    let decay: Float
    let drive: Vector3

    /// Per-axis stationary deviations `sigma`, correlation time `tau` seconds, step `dt` seconds.
    init(sigma: Vector3, tau: Float, dt: Float) {
        let a = Math.exp(-dt / max(tau, 1e-6))
        decay = a
        drive = sigma * (1 - a * a).squareRoot()
    }

    /// Starts the process at a draw from its stationary distribution.
    mutating func start(rng: inout SplitMix64) {
        let k = 1 / max((1 - decay * decay).squareRoot(), 1e-6)
        value = rng.nextGaussianVector().scaled(by: drive * k)
    }

    mutating func step(rng: inout SplitMix64) -> Vector3 {
        value = value * decay + rng.nextGaussianVector().scaled(by: drive)
        return value
    }
}

extension SplitMix64 {
    /// Two independent standard normal draws from one Box–Muller transform (both its cosine
    /// and sine branch), half the cost of two `nextGaussian()` calls.
    mutating func nextGaussianPair() -> (Float, Float) {
        let u1 = max(nextUnitFloat(), 0x1p-24)
        let angle = 2 * Float.pi * nextUnitFloat()
        let r = (-2 * Math.log(u1)).squareRoot()
        return (r * Math.cos(angle), r * Math.sin(angle))
    }

    /// Three independent standard normal draws (two Box–Muller transforms).
    mutating func nextGaussianVector() -> Vector3 {
        let a = nextGaussianPair(), b = nextGaussianPair()
        return Vector3(a.0, a.1, b.0)
    }
}
