import FlightMath

/// Limits that shape the pilot's sticks into setpoints.
public struct ManualControlLimits: Sendable, Equatable {
    /// Tilt at full roll/pitch stick, radians (stabilized and altitude modes).
    public var maxTilt: Float
    /// Heading rate at full yaw stick, rad/s.
    public var maxYawRate: Float
    /// Climb and descent speed at full throttle stick deflection, m/s (both positive).
    public var maxClimbSpeed: Float
    public var maxDescentSpeed: Float
    /// Horizontal speed at full roll/pitch stick in position mode, m/s.
    public var maxHorizontalSpeed: Float
    /// Stick deadband around centre, as a fraction of full deflection (0...1).
    public var deadband: Float
    /// Thrust bounds and hover thrust for the stabilized throttle curve, normalised 0...1.
    public var minThrust: Float
    public var hoverThrust: Float
    public var maxThrust: Float

    public init(maxTilt: Float, maxYawRate: Float, maxClimbSpeed: Float, maxDescentSpeed: Float,
                maxHorizontalSpeed: Float, deadband: Float, minThrust: Float, hoverThrust: Float, maxThrust: Float) {
        self.maxTilt = maxTilt; self.maxYawRate = maxYawRate; self.maxClimbSpeed = maxClimbSpeed
        self.maxDescentSpeed = maxDescentSpeed; self.maxHorizontalSpeed = maxHorizontalSpeed
        self.deadband = deadband; self.minThrust = minThrust; self.hoverThrust = hoverThrust
        self.maxThrust = maxThrust
    }
}

/// The manual flight modes' stick shaping, as PX4's stabilized, altitude and position modes.
public enum ManualMode: UInt8, Sendable {
    /// Sticks → tilt angles and heading rate; throttle → collective thrust.
    case stabilized = 0
    /// Sticks → horizontal acceleration (via tilt) and heading rate; throttle → climb rate,
    /// altitude held when the throttle is centred.
    case altitude = 1
    /// Sticks → horizontal velocity and heading rate; throttle → climb rate; position held
    /// when the sticks are centred.
    case position = 2
}

/// Turns `ManualInput` into setpoints; keeps the heading setpoint and the hold points.
///
/// Roll stick right tilts right; pitch stick forward (positive, per `ManualInput`) tilts nose
/// down and moves forward; yaw stick right turns clockwise seen from above; throttle above centre
/// climbs. Horizontal stick directions are relative to the current heading.
public struct ManualControl: Sendable {
    /// Stick shaping in use.
    public var limits: ManualControlLimits
    /// Heading setpoint, radians from north (NaN until the first update).
    public private(set) var yawSetpoint: Float = .nan
    var heldAltitude: Float = .nan
    var heldPosition: (Float, Float) = (.nan, .nan)

    public init(limits: ManualControlLimits) { self.limits = limits }

    /// Forgets heading and hold points (call on a mode change).
    public mutating func reset() { yawSetpoint = .nan; heldAltitude = .nan; heldPosition = (.nan, .nan) }

    /// `value` (-1...1) with the centre deadband removed and the rest rescaled to -1...1.
    func shaped(_ value: Float) -> Float {
        let v = constrain(value, -1, 1), d = constrain(limits.deadband, 0, 0.9)
        if abs(v) <= d { return 0 }
        return (v > 0 ? v - d : v + d) / (1 - d)
    }

    mutating func advanceYaw(stick: Float, attitude: Quaternion, dt: Float) -> Float {
        let rate = shaped(stick) * limits.maxYawRate
        if !yawSetpoint.isFinite { yawSetpoint = QuaternionGeometry.yaw(attitude) }
        yawSetpoint = Angles.wrapPi(yawSetpoint + rate * dt)
        return rate
    }

    /// Stabilized mode: attitude setpoint (body FRD → NED) and thrust from the sticks.
    public mutating func stabilized(_ input: ManualInput, attitude: Quaternion, dt: Float) -> AttitudeSetpoint {
        let yawRate = advanceYaw(stick: input.yaw, attitude: attitude, dt: dt)
        let tilt = Vector3(constrain(input.roll, -1, 1) * limits.maxTilt, -constrain(input.pitch, -1, 1) * limits.maxTilt, 0)
        let q = QuaternionGeometry.heading(yawSetpoint) * Quaternion(rotationVector: tilt.clampedLength(limits.maxTilt))
        return AttitudeSetpoint(attitude: q, yawRateFeedforward: yawRate, thrust: throttleCurve(input.throttle))
    }

    /// Throttle stick 0...1 → thrust: 0 → `minThrust`, centre → `hoverThrust`, 1 → `maxThrust`.
    public func throttleCurve(_ stick: Float) -> Float {
        let t = constrain(stick, 0, 1)
        if t < 0.5 { return limits.minThrust + (limits.hoverThrust - limits.minThrust) * 2 * t }
        return limits.hoverThrust + (limits.maxThrust - limits.hoverThrust) * (2 * t - 1)
    }

    /// Vertical setpoint: climb-rate from the throttle, or a held altitude while it is centred.
    mutating func vertical(throttle: Float, state: NavigationState, into setpoint: inout TrajectorySetpoint) {
        let climb = shaped(2 * constrain(throttle, 0, 1) - 1)
        if climb == 0 {
            if !heldAltitude.isFinite { heldAltitude = state.position.z }
            setpoint.position.z = heldAltitude
            setpoint.velocity.z = .nan
        } else {
            heldAltitude = .nan
            setpoint.position.z = .nan
            setpoint.velocity.z = climb > 0 ? -climb * limits.maxClimbSpeed : -climb * limits.maxDescentSpeed
        }
    }

    /// Altitude mode: horizontal acceleration from the stick tilt, vertical from the throttle.
    public mutating func altitude(_ input: ManualInput, state: NavigationState, dt: Float) -> TrajectorySetpoint {
        let yawRate = advanceYaw(stick: input.yaw, attitude: state.attitude, dt: dt)
        let forward = standardGravity * Math.tan(constrain(input.pitch, -1, 1) * limits.maxTilt)
        let right = standardGravity * Math.tan(constrain(input.roll, -1, 1) * limits.maxTilt)
        let c = Math.cos(yawSetpoint), s = Math.sin(yawSetpoint)
        var sp = TrajectorySetpoint(acceleration: Vector3(c * forward - s * right, s * forward + c * right, .nan),
                                    yaw: yawSetpoint, yawRate: yawRate)
        vertical(throttle: input.throttle, state: state, into: &sp)
        return sp
    }

    /// Position mode: horizontal velocity from the sticks (position held when centred and slow),
    /// vertical from the throttle.
    public mutating func position(_ input: ManualInput, state: NavigationState, dt: Float) -> TrajectorySetpoint {
        let yawRate = advanceYaw(stick: input.yaw, attitude: state.attitude, dt: dt)
        let forward = shaped(input.pitch) * limits.maxHorizontalSpeed
        let right = shaped(input.roll) * limits.maxHorizontalSpeed
        var sp = TrajectorySetpoint(yaw: yawSetpoint, yawRate: yawRate)
        if forward == 0 && right == 0 {
            if !heldPosition.0.isFinite && state.velocity.horizontalLength < 0.5 {
                heldPosition = (state.position.x, state.position.y)
            }
            if heldPosition.0.isFinite {
                sp.position.x = heldPosition.0; sp.position.y = heldPosition.1
            } else {
                sp.velocity.x = 0; sp.velocity.y = 0   // brake, then hold
            }
        } else {
            heldPosition = (.nan, .nan)
            let c = Math.cos(yawSetpoint), s = Math.sin(yawSetpoint)
            sp.velocity.x = c * forward - s * right
            sp.velocity.y = s * forward + c * right
        }
        vertical(throttle: input.throttle, state: state, into: &sp)
        return sp
    }
}
