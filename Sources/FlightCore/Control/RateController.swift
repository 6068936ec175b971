import FlightMath

/// The innermost loop: body angular rate → normalised torque, one PID per axis.
///
/// - P acts on the rate error, I integrates it, D acts on the *measured* angular acceleration
///   (never on the setpoint, so a setpoint step does not kick the motors), low-pass filtered at
///   `derivativeCutoffHz`; feed-forward scales the rate setpoint.
/// - Anti-windup: the mixer's `AxisSaturation` from the previous tick stops the integrator from
///   growing in the saturated direction (it may still unwind), and the integral is clamped to
///   `integratorLimit`.
///
/// Step it once per IMU sample with the measured `dt`; it allocates nothing.
public struct RateController: Sendable {
    /// Gains in use (replace them when parameters change; the integral is kept).
    public var gains: RateControlGains
    /// The integral term, normalised torque, body FRD.
    public private(set) var integral: Vector3 = .zero
    var derivative: MeasuredDerivative

    public init(gains: RateControlGains) {
        self.gains = gains
        derivative = MeasuredDerivative(cutoffHz: gains.derivativeCutoffHz)
    }

    /// Computes the torque for `setpoint` given the measured `rate` (both rad/s, body FRD), `dt`
    /// seconds after the previous call, with the mixer's latest `saturation` report.
    public mutating func update(rate: Vector3, setpoint: Vector3, dt: Float,
                                saturation: AxisSaturation = .none) -> Vector3 {
        let error = setpoint - rate
        derivative.cutoffHz = gains.derivativeCutoffHz
        let angularAcceleration = derivative.update(rate, dt: dt)

        let torque = gains.proportional.scaled(by: error) + integral
            - gains.derivative.scaled(by: angularAcceleration) + gains.feedForward.scaled(by: setpoint)

        // Integrate after computing the output (the integral is one step behind, as in PX4).
        if dt > 0 {
            for axis in 0..<3 {
                let e = error[axis]
                let bit = AxisSaturation.Axes.axis(axis)
                if e > 0 && saturation.positive.contains(bit) { continue }
                if e < 0 && saturation.negative.contains(bit) { continue }
                let limit = gains.integratorLimit[axis]
                integral[axis] = constrain(integral[axis] + gains.integral[axis] * e * dt, -limit, limit)
            }
        }
        return torque
    }

    /// Clears the integral and the derivative history (call on arming or after a mode switch
    /// where the vehicle is on the ground).
    public mutating func reset() {
        integral = .zero
        derivative.reset()
    }

    /// Forgets the integral of one axis only (0 roll, 1 pitch, 2 yaw).
    public mutating func resetIntegral(axis: Int) { integral[axis] = 0 }
}
