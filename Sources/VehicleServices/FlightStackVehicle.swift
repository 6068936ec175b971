import FlightCore
import FlightMath

/// The flight stack as the vehicle the MAVLink services talk to: requests go through the
/// commander and navigator, telemetry is read from the estimator and controllers.
///
/// The edge calls `update(at:)` after each stack step (or at the telemetry rate): it drains the
/// stack's events into status texts and mission progress and refreshes `telemetry`. The drained
/// events stay readable through `nextEvent()` for logs. `Files` are the files it offers over
/// MAVLink FTP and the log protocol (`NoFiles` unless the edge provides a file system).
public struct FlightStackVehicle<Files: VehicleFileSystem & Sendable>: VehicleModel, Sendable {
    public var stack: FlightStack
    /// The files offered over MAVLink FTP and `LOG_REQUEST_*`.
    public var files: Files
    public private(set) var telemetry = VehicleTelemetry()
    /// The airframe kind the heartbeat reports.
    public var vehicleType: VehicleType
    /// Set when a ground station asked for a reboot; the edge decides what to do.
    public private(set) var rebootRequested = false
    var events = EventQueue<FlightStackEvent>(capacity: 64)
    var missionStarted = false
    /// A ground station's heartbeats are arriving on some link.
    public private(set) var groundStationConnected = false
    /// Counts plan installs (uploads, partial uploads, clears; wrapping): the edge saves the plans
    /// when it changes.
    public private(set) var planRevision: UInt32 = 0

    public init(stack: FlightStack, vehicleType: VehicleType = .quadrotor, files: Files) {
        self.stack = stack
        self.files = files
        self.vehicleType = vehicleType
        telemetry.vehicleType = vehicleType
    }

    /// Hands the simulator's true state to the telemetry (`SIM_STATE`, `HIL_STATE_QUATERNION`);
    /// nil (the default) on a real vehicle.
    public mutating func setTruth(_ truth: SimulatedTruth?) { telemetry.truth = truth }

    /// The next event drained from the stack since the last call.
    public mutating func nextEvent() -> FlightStackEvent? { events.pop() }

    /// Drains the stack's events and refreshes `telemetry`; call after stepping the stack.
    public mutating func update(at time: Tick) {
        // The link services report only connect/lose transitions; while connected, contact is fresh.
        if groundStationConnected { stack.groundStationHeartbeat(at: time) }
        while let e = stack.nextEvent() {
            events.push(e)
            switch e {
            case .commander(let c):
                telemetry.statusTexts.publish(StatusText(StatusSeverity(rawValue: c.severity) ?? .info, c.text))
                if case .armingDenied(let check) = c {
                    telemetry.statusTexts.publish(StatusText(.critical, check.message))
                }
            case .navigator(.itemReached(let i)):
                telemetry.mission.markReached(i)
            case .navigator(.missionFinished):
                telemetry.statusTexts.publish(StatusText(.info, "Mission finished"))
            case .navigator(.homeChanged):
                break
            case .motorFailure:
                telemetry.statusTexts.publish(StatusText(.critical, "Motor failure: flying on the others"))
            }
        }
        refreshTelemetry()
    }

    mutating func refreshTelemetry() {
        let n = stack.navigationState
        var t = telemetry
        t.vehicleType = vehicleType
        t.armed = stack.commander.isArmed
        t.mode = stack.commander.mode
        t.systemState = stack.commander.isCrashed ? .emergency
            : (stack.commander.failsafeAction > .warn ? .critical : (t.armed ? .active : .standby))
        if !t.armed { t.landedState = .onGround }
        else if stack.commander.isLanded {
            // Armed on the ground in takeoff or mission mode means about to climb, except after a
            // mission that ended with a landing: then it is down, waiting to disarm.
            let climbing = stack.commander.mode == .takeoff || (stack.commander.mode == .mission && !stack.navigator.isMissionFinished)
            t.landedState = climbing ? .takingOff : .onGround
        }
        else { t.landedState = stack.commander.mode == .land ? .landing : .inAir }
        t.attitude = n.attitude
        t.angularRate = n.angularRate
        t.positionNED = n.position
        t.velocityNED = n.velocity
        if let origin = n.origin {
            let g = LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: Double(n.position.x), east: Double(n.position.y), down: Double(n.position.z)))
            t.global = GlobalPosition(latitudeDegrees: g.latitude, longitudeDegrees: g.longitude, altitudeMSL: g.altitude)
            if let home = stack.navigator.home, let local = stack.navigator.homePosition {
                t.home = HomeLocation(global: GlobalPosition(latitudeDegrees: home.latitude, longitudeDegrees: home.longitude, altitudeMSL: home.altitude),
                                      localNED: local)
            }
        }
        if let g = stack.lastGnss {
            var r = GnssReport()
            r.fixType = g.fix.rawValue
            r.position = GlobalPosition(latitudeDegrees: Double(g.latE7) * 1e-7, longitudeDegrees: Double(g.lonE7) * 1e-7, altitudeMSL: g.altitudeMeters)
            r.horizontalAccuracy = g.horizontalAccuracy
            r.verticalAccuracy = g.verticalAccuracy
            r.groundSpeed = g.velocityNED.horizontalLength
            r.course = Math.atan2(g.velocityNED.y, g.velocityNED.x)
            r.satellites = g.satellites
            t.gnss = r
        }
        if let b = stack.lastBattery {
            t.battery.volts = b.volts
            t.battery.amps = b.amps
            t.battery.remaining = stack.batteryRemaining
            t.battery.consumedMilliampHours = stack.batteryEstimator.consumedAmpHours * 1000
            t.battery.consumedWattHours = stack.batteryEstimator.consumedWattHours
        }
        let s = stack.estimator.status
        let v = n.validity
        t.estimator.attitudeValid = v.contains(.attitude)
        t.estimator.horizontalVelocityValid = v.contains(.horizontalVelocity)
        t.estimator.verticalVelocityValid = v.contains(.verticalVelocity)
        t.estimator.horizontalPositionValid = v.contains(.horizontalPosition)
        t.estimator.verticalPositionValid = v.contains(.height)
        t.estimator.accelerometerError = s.badVerticalAccelerometer
        t.estimator.velocityRatio = s.testRatios.gnssVelocity
        t.estimator.horizontalPositionRatio = s.testRatios.gnssHorizontalPosition
        t.estimator.verticalPositionRatio = s.testRatios.baroHeight
        t.estimator.magnetometerRatio = s.testRatios.magnetometer
        t.estimator.horizontalAccuracy = s.positionStd
        t.estimator.verticalAccuracy = s.positionStd
        t.throttle = stack.control.rateSetpoint.thrust
        let out = stack.outputs
        t.servoCount = out.count
        for i in 0..<out.count { t.servoOutputs[i] = UInt16(1000 + (min(1, max(0, out[i])) * 1000).rounded()) }
        let plan = stack.missionPlan
        t.mission.currentItem = stack.navigator.currentItem
        if plan.isEmpty { t.mission.state = 1 }
        else if stack.navigator.isMissionFinished { t.mission.state = 5 }
        else if stack.commander.mode == .mission && t.armed { t.mission.state = 3; missionStarted = true }
        else { t.mission.state = missionStarted ? 4 : 2 }
        telemetry = t
    }

    // MARK: Commands

    public mutating func arm(force: Bool, at time: Tick) -> CommandOutcome {
        let failures = stack.arm(force: force)
        for check in PreArmCheck.allCases where failures.contains(check) { return .denied(reason: check.message) }
        return .accepted
    }

    public mutating func disarm(force: Bool, at time: Tick) -> CommandOutcome {
        stack.disarm(force: force) ? .accepted : .denied(reason: "Disarm denied: in the air")
    }

    public mutating func setMode(_ mode: FlightMode, at time: Tick) -> CommandOutcome {
        outcome(stack.setMode(mode))
    }

    public mutating func takeoff(altitude: Float, at time: Tick) -> CommandOutcome {
        outcome(stack.takeoff(altitude: altitude.isFinite ? altitude : nil))
    }

    public mutating func startMission(firstItem: Int?, at time: Tick) -> CommandOutcome {
        outcome(stack.startMission(from: firstItem))
    }

    public mutating func reposition(_ r: RepositionRequest, at time: Tick) -> CommandOutcome {
        let here = telemetry.global
        let target = GlobalPosition(latitudeDegrees: r.latitudeDegrees.isFinite ? r.latitudeDegrees : here.latitudeDegrees,
                                    longitudeDegrees: r.longitudeDegrees.isFinite ? r.longitudeDegrees : here.longitudeDegrees,
                                    altitudeMSL: r.altitudeMSL.isFinite ? r.altitudeMSL : here.altitudeMSL)
        guard let local = localPosition(of: target) else { return .denied(reason: "Reposition denied: no position") }
        return outcome(stack.goTo(GuidedTarget(position: local, yaw: r.yaw, streamed: false)))
    }

    public mutating func changeSpeed(_ kind: SpeedKind, metresPerSecond: Float, at time: Tick) -> CommandOutcome {
        switch kind {
        case .airspeed, .groundSpeed:
            let name = "MPC_XY_CRUISE"
            let value = metresPerSecond > 0 ? metresPerSecond : (stack.parameters.definitions.first { "\($0.name)" == name }.map { d -> Float in
                if case .float(let f) = d.defaultValue { return f } else { return 5 } } ?? 5)
            guard let index = stack.parameters.index(of: name) else { return .unsupported }
            do throws(ParameterError) { try setParameter(at: index, to: .float(value), at: time) } catch {
                return .denied(reason: "Speed out of range")
            }
            return .accepted
        case .climb, .descent:
            return .unsupported
        }
    }

    public mutating func setHome(_ position: GlobalPosition?, at time: Tick) -> CommandOutcome {
        let p = position ?? telemetry.global
        stack.setHome(GeodeticPosition(latitude: p.latitudeDegrees, longitude: p.longitudeDegrees, altitude: p.altitudeMSL))
        return .accepted
    }

    public mutating func rebootRequested(shutdown: Bool, at time: Tick) -> CommandOutcome {
        guard !stack.commander.isArmed else { return .denied(reason: "Reboot denied: armed") }
        rebootRequested = true
        return .accepted
    }

    // MARK: Guided

    public mutating func setGuidedTarget(_ target: GuidedTarget, at time: Tick) -> Bool {
        stack.goTo(target) == nil
    }

    /// Guided attitude control: the target becomes a guided attitude target (the mode switches to
    /// guided, as for position targets) with the same setpoint timeout. Refused when it commands
    /// neither attitude nor rates or its quaternion is not a unit rotation.
    public mutating func setAttitudeTarget(_ target: AttitudeTarget, at time: Tick) -> Bool {
        if let q = target.attitude {
            let norm = q.w * q.w + q.x * q.x + q.y * q.y + q.z * q.z
            guard norm.isFinite && abs(norm - 1) < 0.1 else { return false }
        }
        let guided = GuidedTarget(attitude: target.attitude, bodyRate: target.bodyRate, thrust: target.thrust)
        guard guided.isAttitudeTarget else { return false }
        return stack.goTo(guided) == nil
    }

    public func localPosition(of position: GlobalPosition) -> Vector3? {
        guard let origin = stack.navigationState.origin else { return nil }
        return LocalTangentPlane(origin: origin).ned(of: GeodeticPosition(latitude: position.latitudeDegrees, longitude: position.longitudeDegrees, altitude: position.altitudeMSL)).vector
    }

    // MARK: Plans

    public func plan(_ kind: PlanKind) -> MissionPlan {
        switch kind {
        case .mission: stack.missionPlan
        case .fence: stack.fencePlan
        case .rally: stack.rallyPlan
        }
    }

    public mutating func installPlan(_ plan: MissionPlan, kind: PlanKind, at time: Tick) throws(MissionRejection) {
        switch kind {
        case .mission:
            try stack.uploadMission(plan)
            missionStarted = false
        case .fence: try stack.uploadFence(plan)
        case .rally: try stack.uploadRally(plan)
        }
        planRevision &+= 1
        refreshTelemetry()
    }

    public mutating func setCurrentMissionItem(_ index: Int, at time: Tick) -> Bool { stack.setCurrentMissionItem(index) }

    // MARK: Parameters

    public var parameters: ParameterTable { stack.parameters }

    public mutating func setParameter(at index: Int, to value: ParameterValue, at time: Tick) throws(ParameterError) {
        let before = stack.parameters.values[index]
        try stack.setParameter(at: index, to: value)
        if stack.parameters.values[index] != before { telemetry.parameterChanges.record(index: index) }
    }

    // MARK: Links

    public mutating func groundStationLink(connected: Bool, at time: Tick) {
        groundStationConnected = connected
        if connected { stack.groundStationHeartbeat(at: time) }
    }

    func outcome(_ denial: ModeDenial?) -> CommandOutcome {
        guard let denial else { return .accepted }
        return .denied(reason: denial.message)
    }
}

extension FlightStackVehicle where Files == NoFiles {
    /// The flight stack as a vehicle that offers no files.
    public init(stack: FlightStack, vehicleType: VehicleType = .quadrotor) {
        self.init(stack: stack, vehicleType: vehicleType, files: NoFiles())
    }
}
