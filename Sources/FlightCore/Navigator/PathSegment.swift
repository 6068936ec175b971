/// A straight path between two NED points with the speed and acceleration limits that apply along
/// it, and the jerk-limited motion along it.
public struct PathSegment: Sendable {
    /// Start and end, metres NED from the estimator origin.
    public let start: Vector3, end: Vector3
    /// Unit direction (zero for a zero-length segment).
    public let direction: Vector3
    /// Length, metres.
    public let length: Float
    /// Speed limit along the path, m/s, from the horizontal and vertical limits.
    public let cruiseSpeed: Float
    /// Acceleration limit along the path, m/s².
    public let maxAcceleration: Float
    /// Jerk limit, m/s³.
    public let maxJerk: Float
    /// Speed to arrive at the end with (non-zero when passing through), m/s.
    public var endSpeed: Float
    /// Motion along the path.
    public private(set) var profile: JerkLimitedProfile

    /// - Parameters:
    ///   - horizontalSpeed: cruise speed over ground, m/s.
    ///   - initialSpeed: speed along the new path at the start (carried from a previous motion), m/s.
    ///   - initialAcceleration: acceleration along the new path at the start, m/s².
    public init(from start: Vector3, to end: Vector3, horizontalSpeed: Float, config: NavigatorConfig,
                initialSpeed: Float = 0, initialAcceleration: Float = 0, endSpeed: Float = 0) {
        self.start = start; self.end = end
        let delta = end - start
        length = delta.length
        direction = length > 1e-4 ? delta / length : .zero
        let h = direction.horizontalLength, v = abs(direction.z)
        let verticalSpeed = direction.z < 0 ? config.climbSpeed : config.descentSpeed
        var speed = Float.infinity, accel = Float.infinity
        if h > 1e-3 { speed = horizontalSpeed / h; accel = config.horizontalAcceleration / h }
        if v > 1e-3 { speed = min(speed, verticalSpeed / v); accel = min(accel, config.verticalAcceleration / v) }
        cruiseSpeed = speed.isFinite ? speed : horizontalSpeed
        maxAcceleration = accel.isFinite ? accel : config.horizontalAcceleration
        maxJerk = config.jerk
        self.endSpeed = endSpeed
        profile = JerkLimitedProfile(initialSpeed: min(initialSpeed, cruiseSpeed),
                                     initialAcceleration: min(maxAcceleration, max(-maxAcceleration, initialAcceleration)))
    }

    /// Advances the motion by `dt` seconds.
    public mutating func step(dt: Float) {
        profile.step(dt: dt, length: length, cruiseSpeed: cruiseSpeed, endSpeed: endSpeed,
                     maxAcceleration: maxAcceleration, maxJerk: maxJerk)
    }

    public var isComplete: Bool { profile.isComplete(length: length) }
    /// Current point on the path, metres NED.
    public var position: Vector3 { start + direction * profile.distance }
    /// Current velocity along the path, m/s NED.
    public var velocity: Vector3 { direction * profile.speed }
    /// Current acceleration along the path, m/s² NED.
    public var acceleration: Vector3 { direction * profile.acceleration }
    /// Distance left to the end, metres.
    public var remaining: Float { length - profile.distance }

    /// The setpoint for the current point of the motion, with heading `yaw`.
    public func setpoint(yaw: Float) -> TrajectorySetpoint {
        TrajectorySetpoint(position: position, velocity: velocity, acceleration: acceleration, yaw: yaw)
    }
}
