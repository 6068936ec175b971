/// A first-order (single-pole) low-pass filter stepped with an explicit time step.
///
/// `y += α (x − y)` with `α = dt / (dt + 1 / (2π f_c))`, the discrete RC filter; the step may vary
/// from call to call, which suits loops whose period jitters. A cutoff of 0 or less disables it.
public struct FirstOrderLowPass: Sendable {
    /// Cutoff frequency, Hz.
    public var cutoffHz: Float
    /// The last output (same unit as the input).
    public var value: Float = 0
    @usableFromInline var primed = false

    public init(cutoffHz: Float) { self.cutoffHz = cutoffHz }

    /// Filters one sample taken `dt` seconds after the previous one and returns the new output.
    @inlinable public mutating func apply(_ sample: Float, dt: Float) -> Float {
        guard primed, cutoffHz > 0, dt > 0 else {
            value = sample; primed = true
            return value
        }
        let rc = 1 / (2 * Float.pi * cutoffHz)
        value += (dt / (dt + rc)) * (sample - value)
        return value
    }

    /// Sets the output to `value`, so the next sample starts from there.
    public mutating func reset(to value: Float) { self.value = value; primed = true }
}

/// A second-order IIR section (biquad) in transposed direct form II, for a fixed sample rate.
///
/// Build one with `lowPass(cutoffHz:sampleRateHz:)` (Butterworth, Q = 1/√2) or
/// `notch(centerHz:bandwidthHz:sampleRateHz:)`. Coefficients follow the bilinear transform with
/// frequency pre-warping (the "Audio EQ Cookbook" forms), normalised so that `a0 = 1`.
/// A section whose corner frequency is 0 or at/above Nyquist passes samples through unchanged.
public struct Biquad: Sendable {
    @usableFromInline var b0: Float, b1: Float, b2: Float, a1: Float, a2: Float
    @usableFromInline var z1: Float = 0, z2: Float = 0

    /// A pass-through section.
    public static let identity = Biquad(b0: 1, b1: 0, b2: 0, a1: 0, a2: 0)

    @usableFromInline init(b0: Float, b1: Float, b2: Float, a1: Float, a2: Float) {
        self.b0 = b0; self.b1 = b1; self.b2 = b2; self.a1 = a1; self.a2 = a2
    }

    /// A second-order Butterworth low-pass with corner `cutoffHz` at sample rate `sampleRateHz`.
    public static func lowPass(cutoffHz: Float, sampleRateHz: Float) -> Biquad {
        guard cutoffHz > 0, cutoffHz < sampleRateHz / 2 else { return .identity }
        let w0 = 2 * Float.pi * cutoffHz / sampleRateHz
        let alpha = Math.sin(w0) * (0.5 as Float).squareRoot()  // sin(w0) / (2Q) with Q = 1/√2
        let c = Math.cos(w0)
        let a0 = 1 + alpha
        return Biquad(b0: (1 - c) / 2 / a0, b1: (1 - c) / a0, b2: (1 - c) / 2 / a0,
                      a1: -2 * c / a0, a2: (1 - alpha) / a0)
    }

    /// A notch removing `centerHz` with a −3 dB width of `bandwidthHz`, at `sampleRateHz`.
    public static func notch(centerHz: Float, bandwidthHz: Float, sampleRateHz: Float) -> Biquad {
        guard centerHz > 0, bandwidthHz > 0, centerHz < sampleRateHz / 2 else { return .identity }
        let w0 = 2 * Float.pi * centerHz / sampleRateHz
        let q = centerHz / bandwidthHz
        let alpha = Math.sin(w0) / (2 * q)
        let c = Math.cos(w0)
        let a0 = 1 + alpha
        return Biquad(b0: 1 / a0, b1: -2 * c / a0, b2: 1 / a0, a1: -2 * c / a0, a2: (1 - alpha) / a0)
    }

    /// Filters one sample and returns the output.
    @inlinable public mutating func apply(_ x: Float) -> Float {
        let y = b0 * x + z1
        z1 = b1 * x - a1 * y + z2
        z2 = b2 * x - a2 * y
        return y
    }

    /// Sets the internal state as if `value` had been applied for ever (steady state).
    public mutating func reset(to value: Float) {
        let dcGain = (b0 + b1 + b2) / (1 + a1 + a2)
        let y = value * dcGain
        // Steady state of the transposed form: z1 = y − b0 x, z2 = b2 x − a2 y.
        z2 = b2 * value - a2 * y
        z1 = y - b0 * value
    }
}

/// Limits how fast a signal may change: at most `maxRate` units per second in either direction.
public struct SlewRateLimiter: Sendable {
    /// Largest allowed rate of change, units per second (non-negative).
    public var maxRate: Float
    /// The last output.
    public var value: Float

    public init(maxRate: Float, initial: Float = 0) { self.maxRate = maxRate; self.value = initial }

    /// Moves toward `target` by no more than `maxRate · dt` and returns the new output.
    @inlinable public mutating func apply(_ target: Float, dt: Float) -> Float {
        let step = maxRate * max(dt, 0)
        value += constrain(target - value, -step, step)
        return value
    }

    /// Jumps to `value` immediately.
    public mutating func reset(to value: Float) { self.value = value }
}
