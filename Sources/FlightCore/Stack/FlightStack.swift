import FlightMath

/// The whole flight controller behind one entry point: estimator, commander, navigator, control
/// cascade and mixer, configured from the parameter table.
///
/// Every edge drives it the same way — the SITL runtime, the host autopilot and the firmware:
/// feed sensor samples as they arrive (`gnss`, `baro`, `mag`, `battery`), and call `imu(_:)` on
/// every IMU sample; it runs the fixed-rate cascade and returns the motor commands. Ground-station
/// requests (arm, mode, mission…) arrive through the methods in `FlightStack+Requests.swift`, and
/// what the stack decided comes back through `nextEvent()`.
///
/// Time is the sample timestamps (`Tick`, µs since boot); the stack never reads a clock.
public struct FlightStack: Sendable {
    /// Every tunable; change through `setParameter` so the algorithms pick the change up.
    public private(set) var parameters: ParameterTable
    /// The navigation filter (error-state EKF). Read it freely; the stack alone mutates it.
    /// Held out of line in `EstimatorStorage` and copied on write, so copying a `FlightStack`
    /// copies a reference until one of the copies is stepped.
    public private(set) var estimator: Estimator {
        // Inlinable, so a reader in another module (the services, the flight log) reaches the
        // storage directly: calling an opaque accessor copied the whole 2.4 KB stack to pass it.
        @inlinable _read { yield estimatorStorage.value }
        _modify {
            if !isKnownUniquelyReferenced(&estimatorStorage) { estimatorStorage = EstimatorStorage(copying: estimatorStorage.value) }
            yield &estimatorStorage.value
        }
    }
    @usableFromInline var estimatorStorage: EstimatorStorage
    public private(set) var control: MulticopterControl
    public internal(set) var commander: Commander
    public internal(set) var navigator: Navigator
    /// The geofence from the uploaded fence plan.
    public internal(set) var geofence = Geofence()
    /// The fence plan as uploaded (kept for download).
    public internal(set) var fencePlan = MissionPlan(capacity: 0)
    /// The rally plan as uploaded.
    public internal(set) var rallyPlan = MissionPlan(capacity: 0)

    /// The latest motor commands.
    public private(set) var outputs: ActuatorOutputs
    /// The latest trajectory setpoint the navigator produced (NaN-filled when not autonomous).
    public private(set) var trajectorySetpoint = TrajectorySetpoint()
    /// The latest samples, for telemetry.
    public private(set) var lastGnss: GnssSample?
    public private(set) var lastBaro: BaroSample?
    public private(set) var lastBattery: BatterySample?
    /// Battery state of charge (LiPo curve with sag compensation, and coulomb counting when
    /// `BAT_CAPACITY` is set).
    public private(set) var batteryEstimator: BatteryEstimator
    /// Battery state of charge, 0…1 (NaN until a reading arrives).
    @inlinable public var batteryRemaining: Float { batteryEstimator.remaining }
    /// When a ground station was last heard.
    public private(set) var lastGroundStationContact: Tick?
    /// The pilot's latest sticks (MANUAL_CONTROL or RC) and when they arrived (nil: none since boot).
    public private(set) var manualInput: ManualInput?
    public private(set) var lastManualInput: Tick?
    /// Current time: the newest sample's timestamp.
    public private(set) var now = Tick.zero

    var events = EventQueue<FlightStackEvent>(capacity: 64)
    /// How far back inside the fence (metres) a breached vehicle must be for the breach to clear.
    static let geofenceClearance: Float = 2
    var fenceLocalized = false

    /// A flight stack configured from `parameters` (the airframe's defaults, or a saved set).
    public init(parameters: ParameterTable = ParameterTable()) throws(FlightStackError) {
        self.parameters = parameters
        estimatorStorage = EstimatorStorage(config: EstimatorConfig())
        do { control = try MulticopterControl(gains: ControlGains(parameters: parameters)) } catch {
            throw .invalidAirframe
        }
        commander = Commander(config: CommanderConfig(parameters: parameters))
        navigator = Navigator(config: NavigatorConfig(parameters: parameters))
        batteryEstimator = BatteryEstimator(config: BatteryConfig(parameters: parameters))
        outputs = ActuatorOutputs(count: control.mixer.settings.geometry.motorCount)
        applyGeofenceLimits()
    }

    /// Makes this stack equal to `other` without the two sharing an estimator: `other`'s filter
    /// state is copied into this stack's own storage, so neither stack allocates when it is
    /// stepped next (plain assignment shares the storage, and the next step of either then copies
    /// it onto the heap). Allocates only when this stack's storage is shared with another. A host
    /// keeping a stack's copy up to date every few milliseconds (the SITL runtime's `StepReplay`)
    /// uses this.
    public mutating func assign(_ other: FlightStack) {
        var mine = estimatorStorage
        self = other
        if mine !== other.estimatorStorage && isKnownUniquelyReferenced(&mine) {
            mine.value = other.estimatorStorage.value
            estimatorStorage = mine
        } else {
            estimatorStorage = EstimatorStorage(copying: other.estimatorStorage.value)
        }
    }

    // MARK: Sensor feeds

    /// Runs one IMU step: estimator prediction, decisions, and the control cascade.
    ///
    /// - Returns: the motor commands for this tick (normalised 0…1, in the airframe's order).
    @discardableResult
    public mutating func imu(_ sample: ImuSample) -> ActuatorOutputs {
        now = sample.time
        estimator.predict(sample)
        let state = estimator.navigationState
        localizeFenceIfNeeded(state)
        commander.step(at: now, health: assessHealth(state))
        drainCommanderEvents(state)
        let setpoint = navigator.step(at: now, mode: commander.mode, armed: commander.isArmed, state: state,
                                      landed: commander.isLanded, guided: commander.guidedTarget)
        drainNavigatorEvents()
        let target: ControlTarget
        if commander.mode == .guided, let guided = commander.guidedTarget, guided.isAttitudeTarget {
            // Offboard attitude or rates: the position loops stand aside.
            trajectorySetpoint = TrajectorySetpoint()
            target = attitudeControlTarget(guided)
        } else if let setpoint {
            trajectorySetpoint = Self.flyable(setpoint, with: state.validity)
            target = .trajectory(trajectorySetpoint)
        } else {
            trajectorySetpoint = TrajectorySetpoint()
            target = manualTarget()
        }
        // Armed on the ground before take-off, or touching down: the gear holds the vehicle, so the
        // position loops ask for no tilt (PX4 keeps the attitude level until it has taken off).
        outputs = control.step(time: now, state: state, target: target, armed: commander.isArmed,
                               groundContact: commander.isInGroundContact || commander.isLanded)
        if let motor = control.takeMotorFailure() { events.push(.motorFailure(motor: motor)) }
        return outputs
    }

    /// A GNSS receiver solution.
    public mutating func gnss(_ sample: GnssSample) {
        lastGnss = sample
        estimator.fuse(sample)
    }

    /// A barometer reading.
    public mutating func baro(_ sample: BaroSample) {
        lastBaro = sample
        estimator.fuse(sample)
    }

    /// A magnetometer reading.
    public mutating func mag(_ sample: MagSample) { estimator.fuse(sample) }

    /// A battery monitor reading: the state of charge follows (`BatteryEstimator`).
    public mutating func battery(_ sample: BatterySample) {
        lastBattery = sample
        batteryEstimator.update(sample)
    }

    /// Another pack was connected while disarmed (a battery swap between flights): the charge
    /// is read afresh from its voltage and the consumed charge and energy count from zero again.
    /// Returns false, changing nothing, while armed.
    public mutating func batteryReplaced() -> Bool {
        guard !commander.isArmed else { return false }
        batteryEstimator = BatteryEstimator(config: batteryEstimator.config)
        return true
    }

    /// A heartbeat from a ground station arrived.
    public mutating func groundStationHeartbeat(at time: Tick) { lastGroundStationContact = time }

    /// The pilot's sticks arrived (MANUAL_CONTROL or an RC receiver): roll, pitch, yaw −1…1,
    /// throttle 0…1 with 0.5 centre. Pilot modes fly them; their silence for `COM_RC_LOSS_T`
    /// in a pilot mode is the manual-control-loss failsafe.
    public mutating func manualControl(_ input: ManualInput, at time: Tick) {
        manualInput = input; lastManualInput = time
    }

    /// The estimate now.
    @inlinable public var navigationState: NavigationState { estimator.navigationState }

    /// The next thing the stack decided (arming, mode changes, failsafes, items reached…).
    public mutating func nextEvent() -> FlightStackEvent? { events.pop() }

    // MARK: Internals

    /// The health picture for `state`, for the commander.
    ///
    /// Mutating although it only reads: called from `imu` at the IMU rate, a non-mutating method
    /// would be handed a copy of the whole stack (about 11 KB) every tick.
    mutating func assessHealth(_ state: NavigationState) -> VehicleHealth {
        let status = estimator.status
        var breach: GeofenceBreach? = nil
        // Home is set at arming; before that the vehicle's own position stands in for it, so the
        // pre-arm check refuses to arm outside the fence instead of arming into a breach.
        let fenceHome = navigator.homePosition ?? (commander.isArmed || !state.position.x.isFinite ? nil : state.position)
        if fenceLocalized, let home = fenceHome {
            // Once breached, the breach holds until the vehicle is `geofenceClearance` back inside.
            let margin = commander.activeFailsafes.contains(.geofenceBreach) ? Self.geofenceClearance : 0
            breach = geofence.breach(at: state.position, home: home, margin: margin)
        }
        var h = VehicleHealth(
            navigation: state, estimatorHealthy: status.healthy, gnssFix: lastGnss?.fix ?? .noGps,
            lastGnss: lastGnss?.time, batteryRemaining: batteryRemaining, sensorsHealthy: true,
            lastGroundStationContact: lastGroundStationContact, lastManualInput: lastManualInput,
            thrust: control.rateSetpoint.thrust, missionReady: !navigator.plan.isEmpty && navigator.plan.isValid,
            home: navigator.homePosition, geofenceBreach: breach)
        h.descentCommanded = trajectorySetpoint.velocity.z > 0.2 && !trajectorySetpoint.position.z.isFinite
        h.commandedDescentSpeed = h.descentCommanded ? trajectorySetpoint.velocity.z : 0
        return h
    }

    /// `setpoint` without the horizontal parts the estimate cannot carry: without a horizontal
    /// position (GNSS lost, landing) the vehicle holds level and controls only its vertical motion,
    /// rather than chasing a drifting position estimate.
    static func flyable(_ setpoint: TrajectorySetpoint, with validity: NavigationState.Validity) -> TrajectorySetpoint {
        var sp = setpoint
        if !validity.contains(.horizontalPosition) { sp.position.x = .nan; sp.position.y = .nan }
        if !validity.contains(.horizontalVelocity) {
            sp.velocity.x = .nan; sp.velocity.y = .nan; sp.acceleration.x = .nan; sp.acceleration.y = .nan
        }
        return sp
    }

    /// The controllers' target for a guided attitude target: the attitude with the yaw body rate
    /// as feed-forward, or else the body rates (axes not given: zero rate); the thrust, or hover
    /// thrust when not given, clamped to 0…1.
    func attitudeControlTarget(_ g: GuidedTarget) -> ControlTarget {
        let thrust = min(1, max(0, g.thrust.isFinite ? g.thrust : parameters.float("MPC_THR_HOVER")))
        if let q = g.attitude {
            return .attitude(AttitudeSetpoint(attitude: q.normalized, yawRateFeedforward: g.bodyRate.z.isFinite ? g.bodyRate.z : 0,
                                              thrust: thrust))
        }
        func rate(_ r: Float) -> Float { r.isFinite ? r : 0 }
        return .rates(RateSetpoint(rates: Vector3(rate(g.bodyRate.x), rate(g.bodyRate.y), rate(g.bodyRate.z)), thrust: thrust))
    }

    /// The controllers' target in a pilot mode: the pilot's sticks while they are fresh; without
    /// them, level attitude at the held altitude (centred sticks) until the failsafe acts.
    /// Mutating although it only reads, like `assessHealth`: it runs every tick in pilot modes.
    mutating func manualTarget() -> ControlTarget {
        let fresh = lastManualInput.map { now.seconds(since: $0) <= commander.config.failsafe.manualLossTimeout } ?? false
        guard fresh, let sticks = manualInput else { return .manual(ManualInput(throttle: commander.isArmed ? 0.5 : 0), .altitude) }
        switch commander.mode {
        case .stabilized: return .manual(sticks, .stabilized)
        case .positionHold: return .manual(sticks, .position)
        default: return .manual(sticks, .altitude)
        }
    }

    mutating func localizeFenceIfNeeded(_ state: NavigationState) {
        guard !fenceLocalized, let origin = state.origin else { return }
        geofence.localize(LocalTangentPlane(origin: origin))
        fenceLocalized = true
    }

    mutating func drainCommanderEvents(_ state: NavigationState) {
        while let e = commander.nextEvent() {
            if case .armed = e { _ = navigator.setHome(at: state) }
            events.push(.commander(e))
        }
    }

    mutating func drainNavigatorEvents() {
        while let e = navigator.nextEvent() { events.push(.navigator(e)) }
    }

    mutating func applyParameters() {
        control.updateGains(ControlGains(parameters: parameters))
        commander.config = CommanderConfig(parameters: parameters)
        batteryEstimator.config = BatteryConfig(parameters: parameters)
        let takeoff = navigator.config.takeoffAltitude
        navigator.config = NavigatorConfig(parameters: parameters)
        navigator.config.takeoffAltitude = takeoff
        applyGeofenceLimits()
    }

    /// `GF_MAX_HOR_DIST` and `GF_MAX_VER_DIST` (metres from and above home; 0: no limit).
    mutating func applyGeofenceLimits() {
        let distance = parameters.float("GF_MAX_HOR_DIST"), altitude = parameters.float("GF_MAX_VER_DIST")
        geofence.maxDistance = distance > 0 ? distance : .nan
        geofence.maxAltitude = altitude > 0 ? altitude : .nan
    }

    mutating func setParameterValue(at index: Int, to value: ParameterValue) throws(ParameterError) {
        try parameters.set(at: index, to: value)
        applyParameters()
    }
}

/// What the flight stack decided, for telemetry and logs.
public enum FlightStackEvent: Sendable, Equatable {
    case commander(CommanderEvent)
    case navigator(NavigatorEvent)
    /// A motor (0-based, airframe order) was found stopped in flight and taken out of the
    /// allocation (`CA_FAILURE_MODE` 1, `MotorFailureDetector`).
    case motorFailure(motor: Int)
}

/// Why a flight stack cannot be built.
public enum FlightStackError: Error, Sendable, Equatable {
    /// The parameters describe an airframe the mixer cannot allocate.
    case invalidAirframe
}
