/// Navigator settings (parameter names in docs/MODES.md and the integration report).
public struct NavigatorConfig: Sendable {
    /// Horizontal cruise speed, m/s (`MPC_XY_CRUISE`).
    public var cruiseSpeed: Float = 5
    /// Automatic climb speed, m/s (`MPC_Z_V_AUTO_UP`).
    public var climbSpeed: Float = 3
    /// Automatic descent speed, m/s (`MPC_Z_V_AUTO_DN`).
    public var descentSpeed: Float = 1.5
    /// Final landing speed, m/s (`MPC_LAND_SPEED`).
    public var landSpeed: Float = 0.7
    /// Height above the landing point below which `landSpeed` applies, metres (`MPC_LAND_ALT1`).
    public var landSlowdownHeight: Float = 5
    /// Horizontal acceleration limit, m/s² (`MPC_ACC_HOR`).
    public var horizontalAcceleration: Float = 3
    /// Vertical acceleration limit, m/s² (`MPC_ACC_UP_MAX`).
    public var verticalAcceleration: Float = 2
    /// Jerk limit of automatic trajectories, m/s³ (`MPC_JERK_AUTO`).
    public var jerk: Float = 8
    /// Default waypoint acceptance radius, metres (`NAV_ACC_RAD`).
    public var acceptanceRadius: Float = 2
    /// Vertical acceptance, metres (`NAV_MC_ALT_RAD`).
    public var altitudeAcceptance: Float = 0.8
    /// Takeoff altitude above the ground, metres (`MIS_TAKEOFF_ALT`).
    public var takeoffAltitude: Float = 2.5
    /// Default orbit radius of `LOITER_TURNS` without one, metres (`NAV_LOITER_RAD`).
    public var loiterRadius: Float = 10
    /// Return altitude above home, metres (`RTL_RETURN_ALT`).
    public var returnAltitude: Float = 30
    /// Altitude above the return target to descend to before landing, metres (`RTL_DESCEND_ALT`).
    public var returnDescendAltitude: Float = 10
    /// Fastest heading change of automatic modes, rad/s (`MPC_YAWRAUTO_MAX`, degrees/s in the table).
    public var maxYawRate: Float = 45 * Float.pi / 180
    /// Fly to the nearest rally point when it is closer than home (`RTL_TYPE` 0/1: home only / nearest).
    public var returnToNearestRallyPoint: Bool = true
    public init() {}
}
