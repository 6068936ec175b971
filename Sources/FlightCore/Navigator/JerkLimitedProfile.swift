/// A jerk-limited motion along a straight path of known length: distance, speed and acceleration
/// advanced step by step.
///
/// Each step picks the highest speed from which the vehicle can still slow to `endSpeed` by the end
/// of the path (a braking curve that includes the jerk-limited ramp into full deceleration),
/// steers the acceleration toward it and changes the acceleration by at most `maxJerk · dt`.
///
/// Implementation notes: stopping from speed v with deceleration a reached through a jerk ramp j
/// takes about d = v²/(2a) + v·a/(2j); solving for v gives
/// v = (−a²/j + √(a⁴/j² + 8·a·d)) / 2 (`maxSpeed(toStopWithin:…)`). Braking to a non-zero end speed
/// uses √(v_end² + v_stop²), which keeps (v² − v_end²)/(2a) within the remaining distance.
public struct JerkLimitedProfile: Sendable {
    /// Distance travelled along the path, metres.
    public private(set) var distance: Float = 0
    /// Speed along the path, m/s (never negative).
    public private(set) var speed: Float
    /// Acceleration along the path, m/s².
    public private(set) var acceleration: Float = 0

    public init(initialSpeed: Float = 0, initialAcceleration: Float = 0) {
        speed = max(0, initialSpeed); acceleration = initialAcceleration
    }

    /// Highest speed, m/s, from which a stop fits within `d` metres at `a` m/s² and `j` m/s³.
    public static func maxSpeed(toStopWithin d: Float, acceleration a: Float, jerk j: Float) -> Float {
        guard d > 0 else { return 0 }
        let k = a * a / j
        return 0.5 * (-k + (k * k + 8 * a * d).squareRoot())
    }

    /// Advances by `dt` seconds along a path of `length` metres.
    public mutating func step(dt: Float, length: Float, cruiseSpeed: Float, endSpeed: Float,
                              maxAcceleration a: Float, maxJerk j: Float) {
        guard dt > 0 else { return }
        let remaining = max(0, length - distance)
        let stop = Self.maxSpeed(toStopWithin: remaining, acceleration: a, jerk: j)
        let end = min(endSpeed, cruiseSpeed)
        let allowed = min(cruiseSpeed, (end * end + stop * stop).squareRoot())
        let desired = min(a, max(-a, (allowed - speed) * (j / a)))
        acceleration += min(j * dt, max(-j * dt, desired - acceleration))
        speed += acceleration * dt
        if speed <= 0 { speed = 0; acceleration = max(0, acceleration) }
        distance += speed * dt
        if distance >= length {
            distance = length
            if end <= 0 { speed = 0; acceleration = 0 } else { speed = min(speed, max(end, 0)) }
        }
    }

    /// True once the whole path has been covered.
    public func isComplete(length: Float) -> Bool { distance >= length - 1e-3 }
}
