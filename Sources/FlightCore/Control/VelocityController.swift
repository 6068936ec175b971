import FlightMath

/// Velocity error → acceleration setpoint (PID with feed-forward), per NED axis.
///
/// D acts on the measured velocity's rate of change (low-passed at 5 Hz), not on the setpoint.
/// The output is limited (horizontal norm, up/down); the integrator stops growing on an axis while
/// that axis' output is at its limit in the error's direction. An axis with a NaN velocity setpoint
/// passes the acceleration feed-forward through (0 if that is NaN too) and holds its integrator.
public struct VelocityController: Sendable {
    /// Gains and acceleration limits in use.
    public var gains: PositionControlGains
    /// The integral term, m/s², NED.
    public private(set) var integral: Vector3 = .zero
    var derivative = MeasuredDerivative(cutoffHz: 5)

    public init(gains: PositionControlGains) { self.gains = gains }

    /// Acceleration setpoint, m/s² NED, for measured `velocity` (m/s NED) tracking `target`
    /// (m/s NED, NaN free) plus `accelerationFeedforward` (m/s² NED, NaN absent), `dt` seconds
    /// after the previous call.
    public mutating func update(velocity: Vector3, target: Vector3, accelerationFeedforward: Vector3,
                                dt: Float) -> Vector3 {
        let measuredAcceleration = derivative.update(velocity, dt: dt)

        var error = Vector3.zero
        var acceleration = Vector3.zero
        for axis in 0..<3 {
            let ff = accelerationFeedforward[axis].isFinite ? accelerationFeedforward[axis] : 0
            if target[axis].isFinite {
                error[axis] = target[axis] - velocity[axis]
                acceleration[axis] = gains.velocityP[axis] * error[axis] + integral[axis]
                    - gains.velocityD[axis] * measuredAcceleration[axis] + ff
            } else {
                acceleration[axis] = ff
            }
        }
        let limited = acceleration.limitedNED(horizontal: gains.maxHorizontalAcceleration,
                                              up: gains.maxUpAcceleration, down: gains.maxDownAcceleration)
        if dt > 0 {
            for axis in 0..<3 where target[axis].isFinite {
                let e = error[axis]
                let clipped = limited[axis] != acceleration[axis]
                // Winding further into a limit is refused; unwinding is always allowed.
                if clipped && (e > 0) == (acceleration[axis] > limited[axis]) { continue }
                let bound = axis == 2 ? standardGravity : gains.maxHorizontalAcceleration
                integral[axis] = constrain(integral[axis] + gains.velocityI[axis] * e * dt, -bound, bound)
            }
        }
        return limited
    }

    /// Clears the integrator and derivative history.
    public mutating func reset() { integral = .zero; derivative.reset() }

    /// Forgets the north and east integral only (the vertical one keeps holding the weight).
    public mutating func resetHorizontalIntegral() { integral.x = 0; integral.y = 0 }
}
