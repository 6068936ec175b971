import FlightMath

/// Gains and limits of the body-rate PID, per axis (x roll, y pitch, z yaw).
///
/// Units: the controller maps a rate error in rad/s to normalised torque (see
/// `TorqueThrustSetpoint`), so `proportional` is torque per rad/s, `integral` torque per rad,
/// `derivative` torque per rad/s², `feedForward` torque per rad/s of setpoint.
public struct RateControlGains: Sendable, Equatable {
    /// P, I, D and feed-forward gains per body axis (x roll, y pitch, z yaw).
    public var proportional: Vector3
    public var integral: Vector3
    public var derivative: Vector3
    public var feedForward: Vector3
    /// Largest magnitude of the integral term, normalised torque, per axis.
    public var integratorLimit: Vector3
    /// Cutoff of the first-order low-pass on the measured angular acceleration used by D, Hz
    /// (0 disables the filter).
    public var derivativeCutoffHz: Float

    public init(proportional: Vector3, integral: Vector3, derivative: Vector3, feedForward: Vector3 = .zero,
                integratorLimit: Vector3, derivativeCutoffHz: Float) {
        self.proportional = proportional; self.integral = integral; self.derivative = derivative
        self.feedForward = feedForward; self.integratorLimit = integratorLimit
        self.derivativeCutoffHz = derivativeCutoffHz
    }
}
