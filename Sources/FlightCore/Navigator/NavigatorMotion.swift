/// The motion primitive the navigator is running.
enum Motion: Equatable, Sendable {
    /// Along `segment` (a finished segment holds its end point).
    case segment
    /// Circling `orbit`.
    case orbit
    /// Descending at `descent`'s horizontal point.
    case descent
    /// Following a velocity, m/s NED.
    case velocity(Vector3)
}

/// A circle being flown: centre, radius, direction and progress.
struct OrbitState: Sendable {
    var center = Vector3.zero
    var radius: Float = 1
    /// +1 clockwise seen from above (north towards east), −1 counter-clockwise.
    var direction: Float = 1
    /// Angle from north, radians.
    var angle: Float = 0
    /// Angle covered so far, radians.
    var travelled: Float = 0
    /// Angle to cover, radians.
    var goal: Float = 0
    var speed: Float = 0
    var isComplete: Bool { travelled >= goal }
}

/// A vertical landing descent.
struct DescentState: Sendable {
    var point = Vector3.zero
    /// Down coordinate of the expected ground, metres NED (NaN: unknown).
    var groundDown: Float = .nan
    /// Current descent speed, m/s (positive down).
    var speed: Float = 0
}

extension Navigator {
    /// Where the current setpoint is (the vehicle's position when no motion is active).
    func currentSetpointPosition(state: NavigationState) -> Vector3 {
        guard motionActive else { return state.position }
        switch motion {
        case .segment: return segment.position + (outgoing.map { $0.position - $0.end } ?? .zero)
        case .orbit: return orbitPosition
        case .descent: return Vector3(descent.point.x, descent.point.y, state.position.z)
        case .velocity: return state.position
        }
    }

    /// The current setpoint velocity (the vehicle's velocity when no motion is active).
    func currentSetpointVelocity(state: NavigationState) -> Vector3 {
        guard motionActive else { return state.velocity }
        switch motion {
        case .segment: return segment.velocity + (outgoing?.velocity ?? .zero)
        case .orbit: return orbitVelocity
        case .descent: return Vector3(0, 0, descent.speed)
        case .velocity(let v): return v
        }
    }

    /// The current setpoint acceleration (zero when no motion is active).
    func currentSetpointAcceleration() -> Vector3 {
        guard motionActive else { return .zero }
        switch motion {
        case .segment: return segment.acceleration + (outgoing?.acceleration ?? .zero)
        case .orbit:
            let inward = Vector3(-Math.cos(orbit.angle), -Math.sin(orbit.angle), 0)
            return inward * (orbit.speed * orbit.speed / orbit.radius)
        case .descent, .velocity: return .zero
        }
    }

    var orbitPosition: Vector3 {
        orbit.center + Vector3(Math.cos(orbit.angle), Math.sin(orbit.angle), 0) * orbit.radius
    }
    var orbitVelocity: Vector3 {
        Vector3(-Math.sin(orbit.angle), Math.cos(orbit.angle), 0) * (orbit.speed * orbit.direction)
    }

    /// Starts a jerk-limited segment from the current setpoint to `end`, carrying over the part of
    /// the current velocity that points along the new path.
    ///
    /// After a pass-through arrival (`blendAtNextSegment`) the new segment instead starts at the
    /// corner from rest while the old one keeps braking to its end; the setpoint is the sum of both
    /// motions, which rounds the corner without exceeding either segment's jerk limit.
    mutating func startSegment(to end: Vector3, state: NavigationState, endSpeed: Float = 0) {
        let limits = effectiveConfig
        if blendAtNextSegment && motionActive && motion == .segment && outgoing == nil {
            blendAtNextSegment = false
            var old = segment
            old.endSpeed = 0
            outgoing = old
            segment = PathSegment(from: old.end, to: end, horizontalSpeed: cruiseSpeed, config: limits, endSpeed: endSpeed)
            yawLocked = false
            return
        }
        blendAtNextSegment = false
        let start = currentSetpointPosition(state: state)
        let carried = currentSetpointVelocity(state: state)
        let carriedAcceleration = currentSetpointAcceleration()
        outgoing = nil
        var next = PathSegment(from: start, to: end, horizontalSpeed: cruiseSpeed, config: limits, endSpeed: endSpeed)
        let along = max(0, carried.dot(next.direction))
        next = PathSegment(from: start, to: end, horizontalSpeed: cruiseSpeed, config: limits, initialSpeed: along,
                           initialAcceleration: along > 0 ? carriedAcceleration.dot(next.direction) : 0, endSpeed: endSpeed)
        segment = next; motion = .segment; motionActive = true; yawLocked = false
    }

    /// Brakes smoothly from the current motion and holds where the vehicle stops.
    mutating func brakeToHold(state: NavigationState) {
        let v = currentSetpointVelocity(state: state)
        let speed = v.length
        var end = currentSetpointPosition(state: state)
        if speed > 0.05 {
            let direction = v / speed
            let a = currentSetpointAcceleration().dot(direction)
            end += direction * JerkLimitedProfile.braking(speed: speed, acceleration: a,
                                                          maxDeceleration: config.horizontalAcceleration, jerk: config.jerk).distance
        }
        startSegment(to: end, state: state)
    }

    /// Starts an orbit about `center` (metres NED) from the current setpoint's bearing.
    mutating func startOrbit(center: Vector3, radius: Float, clockwise: Bool, turns: Float, state: NavigationState) {
        let p = currentSetpointPosition(state: state)
        orbit = OrbitState(center: center, radius: max(0.5, radius), direction: clockwise ? 1 : -1,
                           angle: Math.atan2(p.y - center.y, p.x - center.x), travelled: 0,
                           goal: turns * 2 * Float.pi, speed: currentSetpointVelocity(state: state).horizontalLength)
        motion = .orbit; motionActive = true; yawLocked = false; outgoing = nil; blendAtNextSegment = false
    }

    /// Starts a vertical landing descent over `point` (its down coordinate is ignored).
    mutating func startDescent(at point: Vector3, state: NavigationState, groundDown: Float? = nil) {
        descent = DescentState(point: point, groundDown: groundDown ?? geometry?.homePosition.z ?? .nan,
                               speed: max(0, currentSetpointVelocity(state: state).z))
        motion = .descent; motionActive = true; outgoing = nil; blendAtNextSegment = false
    }

    /// Advances the active motion by `dt` and returns its setpoint.
    mutating func advanceMotion(dt: Float, state: NavigationState) -> TrajectorySetpoint {
        if !motionActive { startSegment(to: state.position, state: state) }
        var sp: TrajectorySetpoint
        switch motion {
        case .segment:
            segment.step(dt: dt)
            if var old = outgoing {
                old.step(dt: dt)
                outgoing = old.isComplete ? nil : old
            }
            let d = segment.direction
            if !yawLocked && segment.profile.speed > 0.3 && d.horizontalLength > 0.5 && segment.length > 1 {
                yaw = Math.atan2(d.y, d.x)
            }
            sp = segment.setpoint(yaw: yaw)
            if let old = outgoing {
                sp.position += old.position - old.end
                sp.velocity += old.velocity
                sp.acceleration += old.acceleration
            }
        case .orbit:
            let target = min(cruiseSpeed, (config.horizontalAcceleration * orbit.radius).squareRoot())
            orbit.speed += min(config.horizontalAcceleration * dt, max(-config.horizontalAcceleration * dt, target - orbit.speed))
            let dTheta = orbit.speed / orbit.radius * dt
            orbit.angle += orbit.direction * dTheta
            orbit.travelled += dTheta
            let inward = Vector3(-Math.cos(orbit.angle), -Math.sin(orbit.angle), 0)
            if !yawLocked { yaw = Math.atan2(orbitVelocity.y, orbitVelocity.x) }
            sp = TrajectorySetpoint(position: orbitPosition, velocity: orbitVelocity,
                                    acceleration: inward * (orbit.speed * orbit.speed / orbit.radius), yaw: yaw)
        case .descent:
            let height = descent.groundDown - state.position.z
            let target = height.isFinite && height > config.landSlowdownHeight ? effectiveConfig.descentSpeed : config.landSpeed
            descent.speed += min(config.verticalAcceleration * dt, max(-config.verticalAcceleration * dt, target - descent.speed))
            sp = TrajectorySetpoint(position: Vector3(descent.point.x, descent.point.y, .nan),
                                    velocity: Vector3(0, 0, descent.speed), yaw: yaw)
        case .velocity(let v):
            if !yawLocked && v.horizontalLength > 0.3 { yaw = Math.atan2(v.y, v.x) }
            sp = TrajectorySetpoint(velocity: v, yaw: yaw)
        }
        if let roi = regionOfInterest {
            let p = state.position
            if (roi - p).horizontalLength > 1 { yaw = Math.atan2(roi.y - p.y, roi.x - p.x); sp.yaw = yaw }
        }
        return sp
    }
}
