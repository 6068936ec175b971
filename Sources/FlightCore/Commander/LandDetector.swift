/// Thresholds of the land detector.
public struct LandDetectorConfig: Sendable {
    /// Largest vertical speed still counted as resting, m/s (`LNDMC_Z_VEL_MAX`).
    public var maxVerticalSpeed: Float = 0.5
    /// Largest horizontal speed still counted as resting, m/s (`LNDMC_XY_VEL_MAX`).
    public var maxHorizontalSpeed: Float = 1.5
    /// Collective thrust (0...1) below which the vehicle cannot be holding itself up; built from
    /// the parameters as `lowThrustFractionOfHover × MPC_THR_HOVER`.
    public var lowThrust: Float = 0.3
    /// `lowThrust` as a fraction of the hover thrust when built from the parameters (0.3 at the
    /// default hover thrust 0.5).
    public static let lowThrustFractionOfHover: Float = 0.6
    /// How long the resting conditions must hold before "landed", seconds (`LNDMC_TRIG_TIME`).
    public var triggerTime: Float = 1.0
    /// Climb rate that, with thrust above `lowThrust`, means "airborne", m/s upward.
    public var takeoffClimbRate: Float = 0.3
    /// Thrust that holds the vehicle in a hover, 0...1 (`MPC_THR_HOVER`).
    public var hoverThrust: Float = 0.5
    /// While a descent is commanded, thrust below this fraction of `hoverThrust` with the vehicle
    /// not moving means it is resting on the ground (PX4's "ground contact"): the velocity loop's
    /// downward-acceleration limit keeps thrust well above `lowThrust` there.
    public var groundContactThrustFraction: Float = 0.9
    /// How long a commanded descent must be stopped (or the resting conditions hold during one)
    /// before the vehicle counts as touching the ground (`groundContact`), seconds: well before
    /// `triggerTime`, so the controllers stop fighting the ground while the landing is confirmed.
    public var groundContactTime: Float = 0.35
    /// A descent counts as stopped by the ground only when it was commanded at least this many
    /// times `maxVerticalSpeed`: a slower one is indistinguishable from flying.
    public var stoppedDescentMargin: Float = 1.1
    public init() {}
}

/// Decides whether the vehicle is on the ground, from the estimated velocity and the commanded thrust.
///
/// Landed → airborne as soon as thrust is above `lowThrust` and the vehicle climbs faster than
/// `takeoffClimbRate`. Airborne → landed once speed is small and thrust low for `triggerTime`.
/// A disarmed vehicle is always landed.
public struct LandDetector: Sendable {
    public var config: LandDetectorConfig
    /// The current decision (true at boot and whenever disarmed).
    public private(set) var isLanded = true
    /// True while airborne, descending on command, when the resting conditions have held for
    /// `groundContactTime`: the gear is on the ground but landing is not yet confirmed (PX4's
    /// "ground contact"). The controllers then stop asking for horizontal tilt, which the gear
    /// would resist while the integrators wound up.
    public private(set) var groundContact = false
    private var restingSince: Tick? = nil
    private var stoppedSince: Tick? = nil

    public init(config: LandDetectorConfig = LandDetectorConfig()) { self.config = config }

    /// Updates the decision; `velocity` in m/s NED, `thrust` 0...1, `descentCommanded` when the
    /// controllers are asked to go down (landing), at `descentSpeed` m/s.
    public mutating func update(at time: Tick, velocity: Vector3, thrust: Float, armed: Bool,
                                descentCommanded: Bool = false, descentSpeed: Float = 0) -> Bool {
        groundContact = false
        guard armed else { isLanded = true; restingSince = nil; stoppedSince = nil; return true }
        if isLanded {
            if thrust > config.lowThrust && -velocity.z > config.takeoffClimbRate { isLanded = false; restingSince = nil }
            stoppedSince = nil
            return isLanded
        }
        // PX4's "hit ground": a clear descent is commanded, yet the vehicle moves neither down nor
        // sideways. Thrust is not asked: the velocity loop's integrator takes a second or more to
        // let go of the weight it was holding, while the wind slides the vehicle along.
        let stopped = descentCommanded && descentSpeed >= config.stoppedDescentMargin * config.maxVerticalSpeed
            && abs(velocity.z) < config.maxVerticalSpeed && velocity.horizontalLength < config.maxHorizontalSpeed
        if stopped {
            let since = stoppedSince ?? time
            stoppedSince = since
            if time.seconds(since: since) >= config.groundContactTime { groundContact = true }
        } else {
            stoppedSince = nil
        }
        let lowThrust = thrust < config.lowThrust
            || (descentCommanded && thrust < config.groundContactThrustFraction * config.hoverThrust)
        let resting = abs(velocity.z) < config.maxVerticalSpeed
            && velocity.horizontalLength < config.maxHorizontalSpeed && lowThrust
        if !resting { restingSince = nil; return false }
        let since = restingSince ?? time
        restingSince = since
        let restingFor = time.seconds(since: since)
        if restingFor >= config.triggerTime { isLanded = true; restingSince = nil; stoppedSince = nil; groundContact = false; return true }
        if descentCommanded && restingFor >= config.groundContactTime { groundContact = true }
        return isLanded
    }
}
