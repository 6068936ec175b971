extension ParameterCatalog {
    /// Mission execution and return to launch (`NavigatorConfig`).
    public static let navigation: [ParameterDefinition] = [
        .float("MPC_XY_CRUISE", 5, min: 0.5, max: 20, unit: "m/s", "Horizontal cruise speed in missions."),
        .float("MPC_Z_V_AUTO_UP", 3, min: 0.5, max: 8, unit: "m/s", "Climb speed in autonomous modes."),
        .float("MPC_Z_V_AUTO_DN", 1.5, min: 0.5, max: 4, unit: "m/s", "Descent speed in autonomous modes."),
        .float("MPC_LAND_SPEED", 0.7, min: 0.2, max: 2, unit: "m/s", "Final landing descent speed."),
        .float("MPC_ACC_HOR", 3, min: 0.5, max: 10, unit: "m/s^2", "Horizontal acceleration of autonomous trajectories."),
        .float("MPC_JERK_AUTO", 8, min: 1, max: 80, unit: "m/s^3", "Jerk limit of autonomous trajectories."),
        .float("NAV_ACC_RAD", 2, min: 0.1, max: 50, unit: "m", "Waypoint acceptance radius."),
        .float("MIS_TAKEOFF_ALT", 2.5, min: 0.5, max: 100, unit: "m", "Default takeoff altitude above home."),
        .float("RTL_RETURN_ALT", 30, min: 2, max: 500, unit: "m", "Altitude above home to return at."),
        .float("RTL_DESCEND_ALT", 10, min: 2, max: 500, unit: "m", "Altitude above home to descend to before landing."),
        .float("MPC_YAWRAUTO_MAX", 45, min: 5, max: 360, unit: "deg/s", "Heading rate limit in autonomous modes."),
    ]

    /// Failsafe thresholds and actions (`FailsafeConfig`). Actions: 0 none, 1 warn, 2 hold,
    /// 3 return, 4 land, 5 disarm (on the ground; land in the air).
    public static let failsafes: [ParameterDefinition] = [
        .float("COM_DL_LOSS_T", 10, min: 1, max: 300, unit: "s", "Ground-station link loss timeout."),
        .int32("NAV_DLL_ACT", 3, min: 0, max: 5, unit: "", "Action on ground-station link loss."),
        .float("COM_RC_LOSS_T", 0.5, min: 0.1, max: 35, unit: "s", "Manual-control silence that counts as loss (pilot modes)."),
        .int32("NAV_RCL_ACT", 3, min: 0, max: 5, unit: "", "Action on manual-control loss in a pilot mode."),
        .float("COM_OF_LOSS_T", 1, min: 0.2, max: 60, unit: "s", "Guided (offboard) setpoint timeout."),
        .int32("COM_OBL_ACT", 4, min: 0, max: 5, unit: "", "Action when guided setpoints stop."),
        .float("BAT_LOW_THR", 0.15, min: 0, max: 0.5, unit: "", "State of charge that counts as low."),
        .int32("BAT_LOW_ACT", 3, min: 0, max: 5, unit: "", "Action on low battery."),
        .float("BAT_CRIT_THR", 0.07, min: 0, max: 0.5, unit: "", "State of charge that counts as critical."),
        .int32("BAT_CRIT_ACT", 4, min: 0, max: 5, unit: "", "Action on critical battery."),
        .float("COM_POS_FS_DELAY", 1, min: 0.2, max: 60, unit: "s", "GNSS silence that counts as GNSS loss."),
        .int32("COM_POSCTL_ACT", 4, min: 0, max: 5, unit: "", "Action on GNSS loss."),
        .int32("COM_EKF_ACT", 4, min: 0, max: 5, unit: "", "Action on estimator failure."),
        .int32("GF_ACTION", 3, min: 0, max: 5, unit: "", "Action on a geofence breach."),
        .float("GF_MAX_HOR_DIST", 0, min: 0, max: 10000, unit: "m", "Geofence: farthest distance from home (0: none)."),
        .float("GF_MAX_VER_DIST", 0, min: 0, max: 10000, unit: "m", "Geofence: highest altitude above home (0: none)."),
        .float("COM_DISARM_LAND", 2, min: 0, max: 20, unit: "s", "Disarm this long after landing (0: never)."),
        .float("COM_DISARM_PRFLT", 10, min: 0, max: 60, unit: "s", "Disarm this long after arming without takeoff (0: never)."),
    ]
}

extension NavigatorConfig {
    /// The navigator configuration described by `p`.
    public init(parameters p: ParameterTable) {
        self.init()
        cruiseSpeed = p.float("MPC_XY_CRUISE")
        climbSpeed = p.float("MPC_Z_V_AUTO_UP")
        descentSpeed = p.float("MPC_Z_V_AUTO_DN")
        landSpeed = p.float("MPC_LAND_SPEED")
        horizontalAcceleration = p.float("MPC_ACC_HOR")
        jerk = p.float("MPC_JERK_AUTO")
        acceptanceRadius = p.float("NAV_ACC_RAD")
        takeoffAltitude = p.float("MIS_TAKEOFF_ALT")
        returnAltitude = p.float("RTL_RETURN_ALT")
        returnDescendAltitude = p.float("RTL_DESCEND_ALT")
        maxYawRate = p.float("MPC_YAWRAUTO_MAX") * Float.pi / 180
    }
}

extension CommanderConfig {
    /// The commander configuration described by `p`.
    public init(parameters p: ParameterTable) {
        self.init()
        func action(_ name: StaticString) -> FailsafeAction { FailsafeAction(rawValue: UInt8(p.int32(name))) ?? .land }
        failsafe.groundStationLossTimeout = p.float("COM_DL_LOSS_T")
        failsafe.groundStationLossAction = action("NAV_DLL_ACT")
        failsafe.manualLossTimeout = p.float("COM_RC_LOSS_T")
        failsafe.manualLossAction = action("NAV_RCL_ACT")
        failsafe.estimatorFailureAction = action("COM_EKF_ACT")
        failsafe.guidedTimeout = p.float("COM_OF_LOSS_T")
        failsafe.guidedLossAction = action("COM_OBL_ACT")
        failsafe.batteryLowThreshold = p.float("BAT_LOW_THR")
        failsafe.batteryLowAction = action("BAT_LOW_ACT")
        failsafe.batteryCriticalThreshold = p.float("BAT_CRIT_THR")
        failsafe.batteryCriticalAction = action("BAT_CRIT_ACT")
        failsafe.gnssLossTimeout = p.float("COM_POS_FS_DELAY")
        failsafe.gnssLossAction = action("COM_POSCTL_ACT")
        failsafe.geofenceAction = action("GF_ACTION")
        disarmAfterLanding = p.float("COM_DISARM_LAND")
        disarmBeforeTakeoff = p.float("COM_DISARM_PRFLT")
        landDetector.hoverThrust = p.float("MPC_THR_HOVER")
        // Low thrust scales with the airframe's hover thrust (PX4 also places its threshold
        // relative to hover): a racer hovering at 0.12 never reaches an absolute 0.3.
        landDetector.lowThrust = LandDetectorConfig.lowThrustFractionOfHover * landDetector.hoverThrust
    }
}
