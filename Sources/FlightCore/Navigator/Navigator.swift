/// The navigator: turns the current autonomous mode, the mission and home into a stream of smooth
/// `TrajectorySetpoint`s (metres, m/s and m/s² NED from the estimator origin; yaw radians from north).
///
/// A value type stepped with explicit time. Modes map to activities: `takeoff` climbs to
/// `takeoffAltitude` and holds; `mission` flies the loaded plan from `currentItem`; `hold` brakes
/// and holds; `returnToLaunch` climbs to the return altitude, flies to home or the nearest rally
/// point, descends and lands; `land` descends where it is; `guided` follows `GuidedTarget`s.
/// Pilot-controlled modes return nil (the controllers fly the sticks).
///
/// Leaving `mission` keeps `currentItem`; re-entering resumes that item from wherever the vehicle
/// is (a finished mission restarts from item 0). Storage (plan, jump counters, events) is sized at
/// `load`/`init`; `step` allocates nothing.
public struct Navigator: Sendable {
    /// Speeds, limits and radii (see docs/MODES.md for parameter names).
    public var config: NavigatorConfig
    /// The loaded, validated mission.
    public internal(set) var plan = MissionPlan(capacity: 0)
    /// Rally points for return-to-launch.
    public internal(set) var rallyPoints = RallyPoints(capacity: 0)
    /// Home, degrees and metres AMSL (nil until set).
    public internal(set) var home: GeodeticPosition? = nil
    /// Index of the mission item being executed (or to resume).
    public internal(set) var currentItem = 0
    /// True once the last mission item completed.
    public internal(set) var isMissionFinished = false
    /// Region of interest the vehicle faces, metres NED (nil: none).
    public internal(set) var regionOfInterest: Vector3? = nil
    /// Cruise speed set by DO_CHANGE_SPEED, m/s (nil: `config.cruiseSpeed`).
    public internal(set) var speedOverride: Float? = nil
    /// Climb and descent speeds set by DO_CHANGE_SPEED, m/s (nil: from `config`).
    public internal(set) var climbSpeedOverride: Float? = nil, descentSpeedOverride: Float? = nil

    var events = EventQueue<NavigatorEvent>(capacity: 64)
    var jumpsRemaining: [Int32] = []
    var activeMode: FlightMode? = nil
    var lastTime: Tick? = nil
    var geometry: MissionGeometry? = nil
    var motion: Motion = .segment
    var motionActive = false
    var segment = PathSegment(from: .zero, to: .zero, horizontalSpeed: 1, config: NavigatorConfig())
    /// The segment being left at a pass-through corner, still braking to its end; its offset
    /// from its end point is added to `segment` (corner blending).
    var outgoing: PathSegment? = nil
    /// The next segment starts at a pass-through corner and blends with the current one.
    var blendAtNextSegment = false
    var orbit = OrbitState()
    var descent = DescentState()
    /// Desired heading, radians from north; `yawSetpoint` slews toward it at `maxYawRate`.
    var yaw: Float = .nan
    var yawSetpoint: Float = .nan
    var yawLocked = false
    var itemPhase: ItemPhase = .start
    var waitUntil = Tick.zero
    var returnState = ReturnState()

    public init(config: NavigatorConfig = NavigatorConfig()) { self.config = config }

    /// The oldest queued event.
    public mutating func nextEvent() -> NavigatorEvent? { events.pop() }

    /// The cruise speed in force, m/s.
    public var cruiseSpeed: Float { speedOverride ?? config.cruiseSpeed }

    /// `config` with the DO_CHANGE_SPEED overrides applied.
    public var effectiveConfig: NavigatorConfig {
        var c = config
        if let s = climbSpeedOverride { c.climbSpeed = s }
        if let s = descentSpeedOverride { c.descentSpeed = s }
        return c
    }

    // MARK: Plans and home

    /// Validates and loads a mission; the current item goes back to 0. Throws (and keeps the old
    /// mission) when any item cannot be flown.
    public mutating func load(_ newPlan: MissionPlan) throws(MissionRejection) {
        try newPlan.validate()
        plan = newPlan
        jumpsRemaining = [Int32](repeating: 0, count: newPlan.count)
        resetMission()
    }

    /// Replaces the rally points used by return-to-launch.
    public mutating func setRallyPoints(_ points: RallyPoints) { rallyPoints = points }

    /// Sets home (degrees, metres AMSL), e.g. at arming.
    public mutating func setHome(_ position: GeodeticPosition) {
        home = position
        geometry = geometry.map { MissionGeometry(origin: $0.plane.origin, home: position) }
    }

    /// Sets home to where the estimate says the vehicle is (call on arming); false without an
    /// origin or horizontal position.
    @discardableResult
    public mutating func setHome(at state: NavigationState) -> Bool {
        guard let origin = state.origin, state.validity.contains(.horizontalPosition) else { return false }
        let p = state.position
        setHome(LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: Double(p.x), east: Double(p.y), down: Double(p.z))))
        return true
    }

    /// Home in the estimator's frame, metres NED from its origin (nil until home and origin are known).
    public var homePosition: Vector3? { home == nil ? nil : geometry?.homePosition }

    /// Makes `index` the current mission item (MISSION_SET_CURRENT); false when out of range.
    @discardableResult
    public mutating func setCurrentItem(_ index: Int) -> Bool {
        guard index >= 0, index < plan.count else { return false }
        currentItem = index; itemPhase = .start; isMissionFinished = false
        return true
    }

    mutating func resetMission() {
        currentItem = 0; itemPhase = .start; isMissionFinished = false
        regionOfInterest = nil; speedOverride = nil; climbSpeedOverride = nil; descentSpeedOverride = nil
        for i in 0..<plan.count where plan[i].command == .doJump { jumpsRemaining[i] = Int32(plan[i].param2) }
    }

    // MARK: Stepping

    /// The setpoint for this instant, or nil in pilot-controlled modes and while disarmed.
    ///
    /// - Parameters:
    ///   - mode: the commander's current mode.
    ///   - armed: the commander's arming state; while disarmed nothing advances, and arming
    ///     enters the mode afresh (so a mission starts from where the vehicle stands).
    ///   - state: the estimate (its `origin` anchors mission coordinates).
    ///   - landed: the commander's land detector. Hold and return entered on the ground stay on
    ///     the ground (idle descent) instead of taking off.
    ///   - guided: the latest guided target (guided mode only).
    public mutating func step(at time: Tick, mode: FlightMode, armed: Bool, state: NavigationState, landed: Bool,
                              guided: GuidedTarget? = nil) -> TrajectorySetpoint? {
        let dt = lastTime.map { min(0.1, max(0, time.seconds(since: $0))) } ?? 0
        lastTime = time
        updateGeometry(state)
        guard mode.isAutonomous && armed else {
            // Disarmed, no mode is active: arming enters the mode afresh from where the vehicle stands.
            activeMode = armed ? mode : nil
            motionActive = false; yaw = .nan; yawSetpoint = .nan
            return nil
        }
        if !yaw.isFinite { yaw = Self.heading(of: state.attitude) }
        if !yawSetpoint.isFinite { yawSetpoint = yaw }
        if activeMode != mode {
            activeMode = mode
            enter(mode, at: time, state: state, landed: landed)
        }
        switch mode {
        case .mission: runMission(at: time, state: state, landed: landed)
        case .returnToLaunch: _ = runReturn(state: state, landed: landed)
        case .guided: runGuided(guided, state: state)
        case .takeoff, .hold, .land, .stabilized, .altitudeHold, .positionHold: break
        }
        var setpoint = advanceMotion(dt: dt, state: state)
        slewYaw(&setpoint, dt: dt)
        return setpoint
    }

    /// Moves the heading setpoint toward the desired heading at no more than `maxYawRate`, and
    /// feeds the rate forward.
    mutating func slewYaw(_ setpoint: inout TrajectorySetpoint, dt: Float) {
        var error = yaw - yawSetpoint
        while error > Float.pi { error -= 2 * Float.pi }
        while error < -Float.pi { error += 2 * Float.pi }
        let limit = config.maxYawRate * dt
        let change = min(limit, max(-limit, error))
        yawSetpoint += change
        if yawSetpoint > Float.pi { yawSetpoint -= 2 * Float.pi }
        if yawSetpoint < -Float.pi { yawSetpoint += 2 * Float.pi }
        setpoint.yaw = yawSetpoint
        setpoint.yawRate = dt > 0 ? change / dt : 0
    }

    mutating func updateGeometry(_ state: NavigationState) {
        guard let origin = state.origin else { geometry = nil; return }
        if geometry?.plane.origin != origin || geometry?.home != (home ?? origin) {
            geometry = MissionGeometry(origin: origin, home: home ?? origin)
        }
    }

    mutating func enter(_ mode: FlightMode, at time: Tick, state: NavigationState, landed: Bool) {
        switch mode {
        case .takeoff:
            let base = landed ? state.position.z : (geometry?.homePosition.z ?? state.position.z)
            let target = Vector3(state.position.x, state.position.y, min(state.position.z, base - config.takeoffAltitude))
            startSegment(to: target, state: state)
        case .mission:
            if isMissionFinished || plan.isEmpty { resetMission() }
            itemPhase = .start
            if plan.isEmpty { brakeToHold(state: state) }
        case .hold where landed, .returnToLaunch where landed:
            startDescent(at: state.position, state: state)
            returnState = ReturnState(phase: .land, target: state.position, cruiseDown: state.position.z)
        case .hold, .guided:
            brakeToHold(state: state)
        case .returnToLaunch:
            startReturn(state: state)
        case .land:
            startDescent(at: currentSetpointPosition(state: state), state: state)
        case .stabilized, .altitudeHold, .positionHold:
            break
        }
    }

    mutating func runGuided(_ target: GuidedTarget?, state: NavigationState) {
        guard let target else { return }
        if target.isAttitudeTarget {
            // The attitude or rate loops fly it: whatever follows (a new target, the timeout's
            // land) starts from where the vehicle is and the way it points, not a stale hold point.
            motionActive = false
            yaw = Self.heading(of: state.attitude); yawSetpoint = yaw; yawLocked = false
            return
        }
        if target.yaw.isFinite { yaw = target.yaw; yawLocked = true }
        if target.position.isFinite {
            if motion != .segment || (segment.end - target.position).length > 0.05 {
                let locked = yawLocked
                startSegment(to: target.position, state: state)
                yawLocked = locked
            }
        } else if target.velocity.isFinite {
            motion = .velocity(target.velocity.clampedLength(max(cruiseSpeed, config.climbSpeed)))
            motionActive = true
        }
    }

    /// Heading, radians from north, of an attitude (body FRD to NED).
    public static func heading(of q: Quaternion) -> Float {
        Math.atan2(2 * (q.w * q.z + q.x * q.y), 1 - 2 * (q.y * q.y + q.z * q.z))
    }
}
