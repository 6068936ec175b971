import FlightMath

/// Heading error from GNSS velocity, for flight without a usable magnetometer.
///
/// Between GNSS samples it compares the horizontal velocity change the IMU predicts (specific
/// force rotated with the estimated attitude) with the change GNSS measured. The rotation about
/// down that best maps one onto the other, accumulated over several samples, is the heading
/// error. It needs horizontal acceleration (turns, speed changes); straight steady flight gives
/// no information and the aligner stays unconfident.
public struct GnssYawAligner: Sendable {
    /// Horizontal IMU velocity change since the window opened, m/s, NED, and the window's length, s.
    @usableFromInline var imuDelta = Vector3.zero
    @usableFromInline var elapsed: Float = 0
    /// Shortest window compared, seconds: differencing GNSS velocities over longer windows
    /// keeps their noise small beside the manoeuvre's velocity change.
    public var window: Float = 1
    @usableFromInline var previousGnssVelocity: Vector3?
    /// Accumulated Σ a·b, Σ a×b (vertical component) and Σ |a||b| over sample pairs.
    @usableFromInline var dotSum: Float = 0, crossSum: Float = 0, energy: Float = 0
    /// Memory factor per window (older windows fade).
    public var memory: Float = 0.8

    public init() {}

    /// Adds the IMU velocity change of one interval (m/s, NED, gravity excluded).
    @inlinable public mutating func accumulate(deltaVelocity dv: Vector3, dt: Float) {
        imuDelta += Vector3(dv.x, dv.y, 0); elapsed += dt
    }

    /// Adds a GNSS velocity (m/s, NED) measured at the same (delayed) time as the IMU data so far.
    @inlinable public mutating func add(gnssVelocity v: Vector3) {
        guard let previous = previousGnssVelocity else { previousGnssVelocity = v; imuDelta = .zero; elapsed = 0; return }
        guard elapsed >= window else { return }
        defer { previousGnssVelocity = v; imuDelta = .zero; elapsed = 0 }
        let a = imuDelta, b = Vector3(v.x - previous.x, v.y - previous.y, 0)
        dotSum = dotSum * memory + a.dot(b)
        crossSum = crossSum * memory + (a.x * b.y - a.y * b.x)
        energy = energy * memory + a.length * b.length
    }

    /// Heading error estimate, radians: rotate the estimated heading by this to match GNSS.
    @inlinable public var yawError: Float { Math.atan2(crossSum, dotSum) }

    /// How consistent the pairs are, 0...1 (1: every pair gives the same rotation, no scale loss).
    @inlinable public var consistency: Float { energy > 0 ? (dotSum * dotSum + crossSum * crossSum).squareRoot() / energy : 0 }

    /// True when enough manoeuvring (Σ|a||b| above `minEnergy`, (m/s)²) and consistent data.
    @inlinable public func isConfident(minEnergy: Float = 6, minConsistency: Float = 0.9) -> Bool {
        energy > minEnergy && consistency > minConsistency
    }

    /// Forgets all accumulated data (after a heading reset).
    @inlinable public mutating func restart() { self = GnssYawAligner() }
}
