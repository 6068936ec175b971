import FlightMath

/// Direction a propeller turns, seen from above the vehicle.
public enum SpinDirection: Equatable, Sendable {
    /// Counter-clockwise from above: its drag reacts on the body as a positive (nose-right)
    /// yaw torque about body z (down).
    case counterClockwise
    /// Clockwise from above: negative yaw reaction torque.
    case clockwise

    /// Sign of the yaw reaction torque about body z (FRD).
    public var yawTorqueSign: Float { self == .counterClockwise ? 1 : -1 }
}

/// One motor with its propeller: where it sits and how it turns throttle into thrust.
///
/// Model: thrust T = k_T ω² along body −z, drag torque Q = k_Q ω² about body z with the sign of
/// `spin`; the commanded speed follows the PX4 thrust curve (THR_MDL_FAC): the fraction of
/// maximum thrust is (1 − k) u + k u² for throttle u in 0…1, so ω_cmd = ω_max √((1 − k) u + k u²);
/// the rotor speed follows ω_cmd with a first-order lag of time constant τ.
public struct RotorSpec: Equatable, Sendable {
    /// Rotor hub position relative to the centre of mass, metres, body FRD.
    public var position: Vector3
    public var spin: SpinDirection
    /// Thrust coefficient k_T, N/(rad/s)².
    public var thrustCoefficient: Float
    /// Drag-torque coefficient k_Q, N·m/(rad/s)².
    public var torqueCoefficient: Float
    /// Rotor speed at full throttle, rad/s.
    public var maxSpeed: Float
    /// First-order motor time constant, s.
    public var timeConstant: Float
    /// Thrust-curve factor k in 0…1 (0 = thrust linear in throttle, 1 = quadratic).
    public var thrustCurveFactor: Float

    public init(position: Vector3, spin: SpinDirection, thrustCoefficient: Float, torqueCoefficient: Float,
                maxSpeed: Float, timeConstant: Float, thrustCurveFactor: Float) {
        self.position = position; self.spin = spin
        self.thrustCoefficient = thrustCoefficient; self.torqueCoefficient = torqueCoefficient
        self.maxSpeed = maxSpeed; self.timeConstant = timeConstant; self.thrustCurveFactor = thrustCurveFactor
    }

    /// Thrust at full throttle, N.
    public var maxThrust: Float { thrustCoefficient * maxSpeed * maxSpeed }

    /// Steady rotor speed for throttle `u` (clamped to 0…1; NaN counts as 0), rad/s.
    @inlinable public func commandedSpeed(throttle u: Float) -> Float {
        let t = u.isNaN ? 0 : min(max(u, 0), 1)
        let k = thrustCurveFactor
        return maxSpeed * ((1 - k) * t + k * t * t).squareRoot()
    }

    /// The throttle (0…1) whose steady thrust is `thrust` newtons (inverse of the thrust curve),
    /// or nil when the motor cannot produce it.
    public func throttle(forThrust thrust: Float) -> Float? {
        let fraction = thrust / maxThrust
        guard fraction >= 0, fraction <= 1 else { return nil }
        let k = thrustCurveFactor
        if k < 1e-6 { return fraction }
        // k u² + (1 − k) u − fraction = 0, positive root.
        let b = 1 - k
        return (-b + (b * b + 4 * k * fraction).squareRoot()) / (2 * k)
    }
}
