import FlightMath

/// Gains and limits of the position and velocity loops and of the thrust-vector conversion.
///
/// Vectors hold (north, east, down) gains; the controllers use x for both horizontal axes' limits.
public struct PositionControlGains: Sendable, Equatable {
    /// Position P gain, (m/s) per metre, NED.
    public var positionP: Vector3
    /// Velocity PID gains, (m/s²) per (m/s), per (m/s · s) and per (m/s²), NED.
    public var velocityP: Vector3
    public var velocityI: Vector3
    public var velocityD: Vector3
    /// Largest horizontal speed setpoint, m/s.
    public var maxHorizontalSpeed: Float
    /// Largest climb (up) and descent (down) speed setpoints, m/s, both positive.
    public var maxClimbSpeed: Float
    public var maxDescentSpeed: Float
    /// Largest horizontal acceleration setpoint, m/s².
    public var maxHorizontalAcceleration: Float
    /// Largest upward and downward acceleration setpoints, m/s², both positive.
    public var maxUpAcceleration: Float
    public var maxDownAcceleration: Float
    /// Largest tilt of the thrust axis from vertical, radians.
    public var maxTilt: Float
    /// Collective thrust that holds altitude in hover, normalised 0...1.
    public var hoverThrust: Float
    /// Collective thrust bounds while flying, normalised 0...1.
    public var minThrust: Float
    public var maxThrust: Float

    public init(positionP: Vector3, velocityP: Vector3, velocityI: Vector3, velocityD: Vector3,
                maxHorizontalSpeed: Float, maxClimbSpeed: Float, maxDescentSpeed: Float,
                maxHorizontalAcceleration: Float, maxUpAcceleration: Float, maxDownAcceleration: Float,
                maxTilt: Float, hoverThrust: Float, minThrust: Float, maxThrust: Float) {
        self.positionP = positionP; self.velocityP = velocityP; self.velocityI = velocityI
        self.velocityD = velocityD; self.maxHorizontalSpeed = maxHorizontalSpeed
        self.maxClimbSpeed = maxClimbSpeed; self.maxDescentSpeed = maxDescentSpeed
        self.maxHorizontalAcceleration = maxHorizontalAcceleration
        self.maxUpAcceleration = maxUpAcceleration; self.maxDownAcceleration = maxDownAcceleration
        self.maxTilt = maxTilt; self.hoverThrust = hoverThrust; self.minThrust = minThrust
        self.maxThrust = maxThrust
    }
}

/// Standard gravity, m/s².
public let standardGravity: Float = 9.80665

extension Vector3 {
    /// This NED vector with its horizontal part limited to `horizontal` and its down component to
    /// `-up...down` (all limits positive).
    @inlinable func limitedNED(horizontal: Float, up: Float, down: Float) -> Vector3 {
        var v = self
        let h = v.horizontalLength
        if h > horizontal && h > 0 { v.x *= horizontal / h; v.y *= horizontal / h }
        v.z = constrain(v.z, -up, down)
        return v
    }
}
