import FlightMath

/// What ground stations and companion computers ask of the vehicle. Each request goes through the
/// commander's rules (pre-arm checks, mode preconditions) and answers with the reason when refused.
extension FlightStack {
    /// The health picture the commander judges requests by, now.
    ///
    /// A mutating getter although it only reads: a non-mutating one would copy the whole stack
    /// (about 11 KB) onto the stack of every request path, as `assessHealth` explains.
    public var currentHealth: VehicleHealth {
        mutating get { assessHealth(estimator.navigationState) }
    }

    /// Arms the motors; returns the failing pre-arm checks (empty when armed). `force` skips them.
    public mutating func arm(force: Bool = false) -> PreArmFailures {
        var h = currentHealth
        if force {
            // Forced arming (MAV_CMD_COMPONENT_ARM_DISARM param2 = 21196): judge as if healthy.
            h.estimatorHealthy = true; h.sensorsHealthy = true; h.gnssFix = .fix3D
            h.lastGnss = now; h.batteryRemaining = .nan; h.geofenceBreach = nil
            if commander.mode == .mission { h.missionReady = true }
        }
        let failures = commander.requestArm(at: now, health: h)
        drainCommanderEvents(estimator.navigationState)
        return failures
    }

    /// Disarms; refused in the air unless `force`.
    public mutating func disarm(force: Bool = false) -> Bool {
        let ok = commander.requestDisarm(at: now, force: force)
        drainCommanderEvents(estimator.navigationState)
        return ok
    }

    /// Switches flight mode; returns why not when refused.
    public mutating func setMode(_ mode: FlightMode) -> ModeDenial? {
        let denial = commander.requestMode(mode, at: now, health: currentHealth)
        drainCommanderEvents(estimator.navigationState)
        return denial
    }

    /// Takes off to `altitude` metres above home (nil: `MIS_TAKEOFF_ALT`).
    public mutating func takeoff(altitude: Float?) -> ModeDenial? {
        if let altitude, altitude.isFinite, altitude > 0 { navigator.config.takeoffAltitude = altitude }
        return setMode(.takeoff)
    }

    /// Starts (or resumes) the mission, optionally from item `first`.
    public mutating func startMission(from first: Int? = nil) -> ModeDenial? {
        if let first { _ = navigator.setCurrentItem(first) }
        return setMode(.mission)
    }

    /// Sets the mission item to fly next; false when out of range.
    public mutating func setCurrentMissionItem(_ index: Int) -> Bool { navigator.setCurrentItem(index) }

    /// Replaces the mission after whole-plan validation (inside the fence too); the old plan
    /// stays when the new one is refused.
    public mutating func uploadMission(_ plan: MissionPlan) throws(MissionRejection) {
        try plan.validate()
        if let origin = estimator.navigationState.origin, !geofence.regions.isEmpty || geofence.maxDistance.isFinite {
            let home = navigator.home ?? origin
            try plan.validateInside(geofence, geometry: MissionGeometry(origin: origin, home: home))
        }
        try navigator.load(plan)
    }

    /// The uploaded mission.
    public var missionPlan: MissionPlan { navigator.plan }

    /// Replaces the geofence with the fence items of `plan` (MAV_CMD_NAV_FENCE_*).
    public mutating func uploadFence(_ plan: MissionPlan) throws(MissionRejection) {
        var fence = try Geofence(plan: plan)
        fence.maxAltitude = geofence.maxAltitude
        fence.maxDistance = geofence.maxDistance
        geofence = fence
        fencePlan = plan
        fenceLocalized = false
        localizeFenceIfNeeded(estimator.navigationState)
    }

    /// Replaces the rally points with those of `plan` (MAV_CMD_NAV_RALLY_POINT).
    public mutating func uploadRally(_ plan: MissionPlan) throws(MissionRejection) {
        navigator.setRallyPoints(try RallyPoints(plan: plan))
        rallyPlan = plan
    }

    /// Flies to a position in guided mode: `target` is NED metres from the estimator origin (or
    /// follows its velocity, or, for an attitude target, its attitude or body rates and thrust).
    /// The mode changes first (entering guided clears any old target), then the target is set.
    public mutating func goTo(_ target: GuidedTarget) -> ModeDenial? {
        if commander.mode != .guided, let denial = setMode(.guided) { return denial }
        commander.setGuidedTarget(target, at: now)
        return nil
    }

    /// Sets home to a geodetic position (DO_SET_HOME).
    public mutating func setHome(_ position: GeodeticPosition) { navigator.setHome(position) }

    /// Changes a parameter by table index; the algorithms take the new value at once.
    public mutating func setParameter(at index: Int, to value: ParameterValue) throws(ParameterError) {
        try setParameterValue(at: index, to: value)
    }

    /// Changes a parameter by name.
    public mutating func setParameter(_ name: String, to value: ParameterValue) throws(ParameterError) {
        guard let i = parameters.index(of: name) else { throw ParameterError.unknownName }
        try setParameterValue(at: i, to: value)
    }
}
