import FlightMath

/// Gains and limits of the attitude loop.
public struct AttitudeControlGains: Sendable, Equatable {
    /// Proportional gains, (rad/s) per rad of attitude error, body roll, pitch, yaw.
    public var proportional: Vector3
    /// How much the heading error counts against tilt, 0...1 (PX4's `MC_YAW_WEIGHT`): below 1 the
    /// controller first levels the thrust axis and corrects heading more gently.
    public var yawWeight: Float
    /// Largest rate setpoint magnitude per body axis, rad/s.
    public var rateLimit: Vector3

    public init(proportional: Vector3, yawWeight: Float, rateLimit: Vector3) {
        self.proportional = proportional; self.yawWeight = yawWeight; self.rateLimit = rateLimit
    }
}
