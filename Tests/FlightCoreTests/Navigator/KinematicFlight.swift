@testable import FlightCore

/// Test fixtures shared by the commander and navigator tests: a fixed origin and a helper that
/// places plan items at NED offsets from it.
enum TestSite {
    /// PX4's default SITL home (Zurich), metres AMSL.
    static let origin = GeodeticPosition(latitude: 47.397742, longitude: 8.545594, altitude: 488)
    static let plane = LocalTangentPlane(origin: origin)

    /// Latitude/longitude × 1e7 of a point `north`/`east` metres from the origin.
    static func latLon(north: Double, east: Double) -> (latE7: Int32, lonE7: Int32) {
        let g = plane.geodetic(of: NEDOffset(north: north, east: east, down: 0))
        return (Int32((g.latitude * 1e7).rounded()), Int32((g.longitude * 1e7).rounded()))
    }

    /// A located item at `north`/`east` metres, `altitude` metres above home.
    static func item(_ command: MissionCommand, north: Double, east: Double, altitude: Float,
                     param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = .nan) -> MissionItem {
        let p = latLon(north: north, east: east)
        return MissionItem(command, frame: .globalRelativeAltitudeInt, param1: param1, param2: param2,
                           param3: param3, param4: param4, latE7: p.latE7, lonE7: p.lonE7, altitude: altitude)
    }

    /// A non-located item.
    static func item(_ command: MissionCommand, param1: Float = 0, param2: Float = 0) -> MissionItem {
        MissionItem(command, frame: .mission, param1: param1, param2: param2)
    }

    static func plan(_ items: [MissionItem]) -> MissionPlan {
        var plan = MissionPlan(capacity: 64)
        for item in items { try! plan.append(item) }
        return plan
    }
}

/// A point-mass vehicle for navigator tests: each axis follows the setpoint's velocity
/// feed-forward plus a first-order pull (time constant `lag`) toward the setpoint position, cannot
/// go below the ground (down = 0), and reports a thrust that is low only when pressed into the
/// ground. Not physics: the full-physics SITL tests come with integration.
struct KinematicVehicle {
    var position = Vector3.zero
    var velocity = Vector3.zero
    var lag: Float = 0.3
    var thrust: Float = 0

    mutating func follow(_ setpoint: TrajectorySetpoint?, dt: Float, armed: Bool) {
        guard armed else { velocity = .zero; thrust = 0; return }
        guard let sp = setpoint else {             // pilot mode, sticks centred: hover in place
            velocity = .zero; thrust = position.z < 0 ? 0.5 : 0.1; return
        }
        var command = Vector3.zero
        for axis in 0..<3 {
            let p = sp.position[axis], v = sp.velocity[axis]
            if p.isFinite { command[axis] = (v.isFinite ? v : 0) + (p - position[axis]) / lag }
            else if v.isFinite { command[axis] = v }
        }
        position += command * dt
        let onGround = position.z >= 0
        if onGround { position.z = 0; command.z = min(command.z, 0) }
        velocity = command
        thrust = onGround && command.z >= 0 ? 0.1 : 0.5
    }

    func navigationState(at time: Tick, validity: NavigationState.Validity = .all) -> NavigationState {
        NavigationState(time: time, velocity: velocity, position: position, origin: TestSite.origin, validity: validity)
    }
}

/// Commander + navigator + kinematic vehicle stepped together at 50 Hz, recording events.
struct KinematicFlight {
    var commander = Commander()
    var navigator = Navigator()
    var vehicle = KinematicVehicle()
    var time = Tick(micros: 1_000_000)
    var reached: [Int] = []
    var commanderEvents: [CommanderEvent] = []
    var finished = false
    var lastSetpoint: TrajectorySetpoint? = nil
    /// Highest speed seen, m/s, and the largest setpoint acceleration change per step (jerk × dt).
    var maxSpeed: Float = 0
    var maxJerk: Float = 0
    /// Largest heading-setpoint change rate seen, rad/s.
    var maxYawRate: Float = 0
    let dt: Float = 0.02

    init(plan: MissionPlan, config: NavigatorConfig = NavigatorConfig()) {
        navigator = Navigator(config: config)
        try! navigator.load(plan)
        navigator.setHome(TestSite.origin)
    }

    var health: VehicleHealth {
        VehicleHealth(navigation: vehicle.navigationState(at: time), gnssFix: .fix3D, lastGnss: time,
                      batteryRemaining: 0.9, lastGroundStationContact: time, lastManualInput: time,
                      thrust: vehicle.thrust,
                      missionReady: navigator.plan.isValid && !navigator.plan.isEmpty,
                      home: navigator.home.map { TestSite.plane.ned(of: $0).vector })
    }

    mutating func arm(in mode: FlightMode) {
        commander.requestMode(mode, at: time, health: health)
        commander.requestArm(at: time, health: health)
    }

    /// Steps until `done` holds or `seconds` pass; returns whether `done` held.
    @discardableResult
    mutating func run(seconds: Float, health adjust: (inout VehicleHealth) -> Void = { _ in },
                      until done: (KinematicFlight) -> Bool) -> Bool {
        let steps = Int(seconds / dt)
        for _ in 0..<steps {
            if done(self) { return true }
            step(adjust)
        }
        return done(self)
    }

    mutating func step(_ adjust: (inout VehicleHealth) -> Void = { _ in }) {
        time = time.advanced(byMicros: UInt64(dt * 1e6))
        var h = health
        adjust(&h)
        commander.step(at: time, health: h)
        let sp = navigator.step(at: time, mode: commander.mode, armed: commander.isArmed, state: h.navigation, landed: commander.isLanded,
                                guided: commander.guidedTarget)
        if let sp, let last = lastSetpoint, sp.acceleration.isFinite, last.acceleration.isFinite {
            maxJerk = max(maxJerk, (sp.acceleration - last.acceleration).length / dt)
        }
        if let sp, let last = lastSetpoint, sp.yaw.isFinite, last.yaw.isFinite {
            var change = abs(sp.yaw - last.yaw)
            if change > Float.pi { change = 2 * Float.pi - change }
            maxYawRate = max(maxYawRate, change / dt)
        }
        lastSetpoint = sp
        vehicle.follow(sp, dt: dt, armed: commander.isArmed)
        maxSpeed = max(maxSpeed, vehicle.velocity.horizontalLength)
        while let e = navigator.nextEvent() {
            switch e {
            case .itemReached(let i): reached.append(i)
            case .missionFinished: finished = true
            case .homeChanged: break
            }
        }
        while let e = commander.nextEvent() { commanderEvents.append(e) }
    }
}
