/// A jerk-limited motion along a straight path of known length: distance, speed and acceleration
/// advanced step by step.
///
/// Each step the profile tries the acceleration that steers toward the cruise speed and checks
/// that, one step later, the jerk-limited braking manoeuvre would still end at `endSpeed` before
/// the end of the path; if not, it follows the braking manoeuvre instead. Acceleration never exceeds
/// `maxAcceleration` and never changes faster than `maxJerk`, except for the final snap onto the
/// end point (a few millimetres, at almost zero speed).
///
/// Implementation notes: braking from relative speed v (above the end speed) and acceleration a
/// runs jerk −j until the deceleration reaches b, holds −b, then jerk +j back to zero, arriving at
/// relative speed zero. Phase 1 lasts t₁ = (a + b)/j; the final ramp loses b²/(2j) of speed over
/// b³/(6j²) of distance (mirror image of a start from rest); the middle phase covers
/// (v₁² − (b²/2j)²)/(2b). When the speed is too low to reach the full limit A, the peak
/// deceleration is b = √(j·v + a²/2) (setting the middle phase to zero length). The end speed adds
/// v_end·T over the manoeuvre's duration T.
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

    /// Distance, metres, and duration, seconds, of a jerk-limited change from relative speed `v`
    /// (m/s, ≥ 0) and acceleration `a` (m/s²) to relative speed and acceleration zero, with
    /// deceleration limit `maxDeceleration` (m/s²) and jerk limit `jerk` (m/s³).
    public static func braking(speed v: Float, acceleration a: Float, maxDeceleration: Float,
                               jerk j: Float) -> (distance: Float, duration: Float) {
        let b = min(maxDeceleration, (j * max(0, v) + a * a / 2).squareRoot())
        let t1 = max(0, (a + b) / j)
        let v1 = v + a * t1 - j * t1 * t1 / 2
        let s1 = v * t1 + a * t1 * t1 / 2 - j * t1 * t1 * t1 / 6
        let v3 = b * b / (2 * j)
        let t3 = b / j
        let t2 = b > 0 ? max(0, (v1 - v3) / b) : 0
        let s2 = b > 0 ? max(0, (v1 * v1 - v3 * v3) / (2 * b)) : 0
        let s3 = v3 * t3 - b * t3 * t3 / 2 + j * t3 * t3 * t3 / 6
        return (max(0, s1) + s2 + max(0, s3), t1 + t2 + t3)
    }

    /// Highest speed, m/s, from which a stop (starting at zero acceleration) fits within `d` metres.
    public static func maxSpeed(toStopWithin d: Float, acceleration a: Float, jerk j: Float) -> Float {
        guard d > 0 else { return 0 }
        let k = a * a / j
        return 0.5 * (-k + (k * k + 8 * a * d).squareRoot())
    }

    /// Advances by `dt` seconds along a path of `length` metres.
    ///
    /// Prefers the acceleration that seeks `cruiseSpeed`; when the state one step later could no
    /// longer brake to `endSpeed` within the path, follows the braking manoeuvre instead.
    public mutating func step(dt: Float, length: Float, cruiseSpeed: Float, endSpeed: Float,
                              maxAcceleration limit: Float, maxJerk j: Float) {
        guard dt > 0 else { return }
        let remaining = length - distance
        let end = max(0, min(endSpeed, cruiseSpeed))
        if (remaining <= 0.02 && speed - end <= 0.05 && abs(acceleration) <= j * dt) || remaining <= 5e-4 {
            distance = length; speed = end; acceleration = 0; return
        }
        let gap = cruiseSpeed - speed
        var target: Float
        if gap > 0 { target = acceleration > 0 && gap <= acceleration * acceleration / (2 * j) ? 0 : limit }
        else { target = acceleration < 0 && -gap <= acceleration * acceleration / (2 * j) ? 0 : -limit }
        var trial = self
        trial.apply(target: target, dt: dt, jerk: j)
        if !trial.canBrake(to: end, within: remaining - (trial.distance - distance), limit: limit, jerk: j, dt: dt) {
            let relative = speed - end
            let peak = min(limit, (j * max(0, relative) + acceleration * acceleration / 2).squareRoot())
            target = acceleration < 0 && relative <= acceleration * acceleration / (2 * j) ? 0 : -peak
        }
        apply(target: target, dt: dt, jerk: j)
        if distance >= length { distance = length; speed = end; acceleration = 0 }
    }

    /// Moves the acceleration toward `target` at no more than the jerk limit, then integrates.
    mutating func apply(target: Float, dt: Float, jerk j: Float) {
        acceleration += min(j * dt, max(-j * dt, target - acceleration))
        let previous = speed
        speed += acceleration * dt
        if speed <= 0 { speed = 0; acceleration = max(0, acceleration) }
        distance += (previous + speed) / 2 * dt
    }

    /// True when braking from this state to `end` m/s fits within `room` metres (with half a step spare).
    func canBrake(to end: Float, within room: Float, limit: Float, jerk j: Float, dt: Float) -> Bool {
        let relative = speed - end
        guard relative > 0 else { return true }
        let b = Self.braking(speed: relative, acceleration: acceleration, maxDeceleration: limit, jerk: j)
        return b.distance + end * b.duration + 0.5 * speed * dt <= room
    }

    /// True once the whole path has been covered.
    public func isComplete(length: Float) -> Bool { distance >= length - 1e-3 }
}
