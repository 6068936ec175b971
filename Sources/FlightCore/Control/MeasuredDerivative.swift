import FlightMath

/// The low-pass-filtered rate of change of a measured 3-vector (finite difference per step).
///
/// Used for derivative terms that act on the measurement rather than the error. The first call
/// after a reset returns zero and starts the filters from rest.
public struct MeasuredDerivative: Sendable {
    var previous: Vector3 = .zero
    var hasPrevious = false
    var filters: (FirstOrderLowPass, FirstOrderLowPass, FirstOrderLowPass)

    /// A differentiator whose output is low-passed at `cutoffHz` (0: unfiltered).
    public init(cutoffHz: Float) {
        let f = FirstOrderLowPass(cutoffHz: cutoffHz)
        filters = (f, f, f)
    }

    /// Cutoff of the output filter, Hz.
    public var cutoffHz: Float {
        get { filters.0.cutoffHz }
        set { filters.0.cutoffHz = newValue; filters.1.cutoffHz = newValue; filters.2.cutoffHz = newValue }
    }

    /// The filtered derivative (unit of `sample` per second) after `sample`, taken `dt` seconds
    /// after the previous one.
    public mutating func update(_ sample: Vector3, dt: Float) -> Vector3 {
        var result = Vector3.zero
        if hasPrevious && dt > 0 {
            let raw = (sample - previous) / dt
            result = Vector3(filters.0.apply(raw.x, dt: dt), filters.1.apply(raw.y, dt: dt), filters.2.apply(raw.z, dt: dt))
        } else if !hasPrevious {
            filters.0.reset(to: 0); filters.1.reset(to: 0); filters.2.reset(to: 0)
        }
        previous = sample
        hasPrevious = true
        return result
    }

    /// Forgets the previous sample.
    public mutating func reset() { hasPrevious = false }
}
