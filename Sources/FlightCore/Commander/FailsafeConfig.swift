/// Failsafe thresholds and actions (see docs/FAILSAFES.md for the parameter names).
public struct FailsafeConfig: Sendable {
    /// Ground-station heartbeat silence that counts as link loss, seconds (`COM_DL_LOSS_T`).
    public var groundStationLossTimeout: Float = 10
    /// Action on ground-station link loss (`NAV_DLL_ACT`).
    public var groundStationLossAction: FailsafeAction = .returnToLaunch
    /// Manual-control silence that counts as loss, seconds (`COM_RC_LOSS_T`).
    public var manualLossTimeout: Float = 0.5
    /// Action on manual-control loss in a pilot-controlled mode (`NAV_RCL_ACT`).
    public var manualLossAction: FailsafeAction = .returnToLaunch
    /// Guided-target silence that counts as loss, seconds (`COM_OF_LOSS_T`).
    public var guidedTimeout: Float = 1
    /// Action on guided-target loss (`COM_OBL_ACT`).
    public var guidedLossAction: FailsafeAction = .land
    /// State of charge at or below which the battery is low, 0...1 (`BAT_LOW_THR`).
    public var batteryLowThreshold: Float = 0.15
    /// Action on low battery (`COM_BATLOW_ACT`).
    public var batteryLowAction: FailsafeAction = .returnToLaunch
    /// State of charge at or below which the battery is critical, 0...1 (`BAT_CRIT_THR`).
    public var batteryCriticalThreshold: Float = 0.07
    /// Action on critical battery (`COM_BATCRIT_ACT`).
    public var batteryCriticalAction: FailsafeAction = .land
    /// How long GNSS (3D fix and horizontal position) may be missing, seconds (`COM_POS_FS_DELAY`).
    public var gnssLossTimeout: Float = 1
    /// Action on GNSS loss (`COM_POSLOSS_ACT`).
    public var gnssLossAction: FailsafeAction = .land
    /// Action on estimator failure (`COM_EKF_ACT`).
    public var estimatorFailureAction: FailsafeAction = .land
    /// Action on a geofence breach (`GF_ACTION`).
    public var geofenceAction: FailsafeAction = .returnToLaunch

    public init() {}

    /// The configured action for a trigger.
    public func action(for trigger: FailsafeTrigger) -> FailsafeAction {
        switch trigger {
        case .groundStationLinkLoss: return groundStationLossAction
        case .manualControlLoss: return manualLossAction
        case .guidedTimeout: return guidedLossAction
        case .batteryLow: return batteryLowAction
        case .batteryCritical: return batteryCriticalAction
        case .gnssLoss: return gnssLossAction
        case .estimatorFailure: return estimatorFailureAction
        case .geofenceBreach: return geofenceAction
        }
    }
}

/// Everything the commander is configured with.
public struct CommanderConfig: Sendable {
    public var failsafe = FailsafeConfig()
    public var landDetector = LandDetectorConfig()
    public var crashDetector = CrashDetectorConfig()
    /// Disarm this long after landing, seconds (`COM_DISARM_LAND`; ≤ 0: never).
    public var disarmAfterLanding: Float = 2
    /// Disarm if armed this long without taking off, seconds (`COM_DISARM_PRFLT`; ≤ 0: never).
    public var disarmBeforeTakeoff: Float = 10
    public init() {}
}
