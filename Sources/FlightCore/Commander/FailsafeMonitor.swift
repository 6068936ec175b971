/// Turns health into active failsafe triggers and the one action that wins.
///
/// Stepped with explicit time. Battery triggers latch until disarm (a sagging pack recovers its
/// voltage when the load drops; that is not a reason to fly on). Link, GNSS and guided triggers
/// clear when the condition clears.
public struct FailsafeMonitor: Sendable {
    public var config: FailsafeConfig
    /// Triggers active after the last `update`.
    public private(set) var active: FailsafeTriggers = []
    private var gnssMissingSince: Tick? = nil

    public init(config: FailsafeConfig = FailsafeConfig()) { self.config = config }

    /// Clears latches (on disarm).
    public mutating func reset() { active = []; gnssMissingSince = nil }

    /// Re-evaluates every trigger.
    ///
    /// - Parameters:
    ///   - mode: the current mode (manual-control loss applies to pilot-controlled modes, guided
    ///     timeout to `guided`, GNSS loss to modes that need a position estimate).
    ///   - lastGuidedTarget: when the last guided target (or guided-mode entry) happened.
    public mutating func update(at time: Tick, health: VehicleHealth, mode: FlightMode,
                                lastGuidedTarget: Tick?) -> FailsafeTriggers {
        var now: FailsafeTriggers = []
        if let seen = health.lastGroundStationContact, time.seconds(since: seen) > config.groundStationLossTimeout {
            now.insert(.groundStationLinkLoss)
        }
        // Manual-control and GNSS loss matter in the modes that need them; once triggered they stay
        // active while the loss lasts, whatever mode the failsafe switched to.
        if mode.isPilotControlled || active.contains(.manualControlLoss) {
            let lost = health.lastManualInput.map { time.seconds(since: $0) > config.manualLossTimeout } ?? true
            if lost { now.insert(.manualControlLoss) }
        }
        if mode == .guided {
            let lost = lastGuidedTarget.map { time.seconds(since: $0) > config.guidedTimeout } ?? true
            if lost { now.insert(.guidedTimeout) }
        }
        let charge = health.batteryRemaining
        if active.contains(.batteryLow) || (charge.isFinite && charge <= config.batteryLowThreshold) { now.insert(.batteryLow) }
        if active.contains(.batteryCritical) || (charge.isFinite && charge <= config.batteryCriticalThreshold) {
            now.insert(.batteryCritical)
        }
        let needsPosition = mode.requiredValidity.contains(.horizontalPosition)
        let gnssMissing = health.gnssFix.rawValue < GnssFix.fix3D.rawValue || !health.has(.horizontalPosition)
        if (needsPosition || active.contains(.gnssLoss)) && gnssMissing {
            let since = gnssMissingSince ?? time
            gnssMissingSince = since
            if time.seconds(since: since) > config.gnssLossTimeout { now.insert(.gnssLoss) }
        } else {
            gnssMissingSince = nil
        }
        if !health.estimatorHealthy || !health.has(.attitude) { now.insert(.estimatorFailure) }
        if health.geofenceBreach != nil { now.insert(.geofenceBreach) }
        active = now
        return now
    }

    /// The most severe configured action over `triggers`, and the trigger it came from.
    public func strongest(of triggers: FailsafeTriggers) -> (action: FailsafeAction, trigger: FailsafeTrigger?) {
        var best: (action: FailsafeAction, trigger: FailsafeTrigger?) = (.none, nil)
        for t in FailsafeTrigger.allCases where triggers.contains(t) {
            let a = config.action(for: t)
            if a > best.action { best = (a, t) }
        }
        return best
    }

    /// The action actually taken: `hold` and `returnToLaunch` need a horizontal position estimate
    /// (and `returnToLaunch` a home); without them they degrade to `land`.
    public static func degraded(_ action: FailsafeAction, health: VehicleHealth) -> FailsafeAction {
        switch action {
        case .hold:
            return health.has(FlightMode.hold.requiredValidity) ? .hold : .land
        case .returnToLaunch:
            return health.has(FlightMode.returnToLaunch.requiredValidity) && health.home != nil ? .returnToLaunch : .land
        default:
            return action
        }
    }
}
