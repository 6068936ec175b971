/// One pre-arm check. Each failing check is reported by name and with a short STATUSTEXT line.
public enum PreArmCheck: UInt8, Sendable, CaseIterable {
    case estimatorUnhealthy = 0
    case noGnssFix = 1
    case batteryLow = 2
    case sensorsUnhealthy = 3
    case missionInvalid = 4
    case outsideGeofence = 5
    case modeNotAvailable = 6
    case noManualControl = 7
    case crashed = 8
    case alreadyArmed = 9

    /// STATUSTEXT line (≤ 50 characters).
    public var message: StaticString {
        switch self {
        case .estimatorUnhealthy: return "Preflight Fail: estimator not healthy"
        case .noGnssFix: return "Preflight Fail: no 3D GNSS fix"
        case .batteryLow: return "Preflight Fail: battery low"
        case .sensorsUnhealthy: return "Preflight Fail: sensors not ready"
        case .missionInvalid: return "Preflight Fail: no valid mission"
        case .outsideGeofence: return "Preflight Fail: outside geofence"
        case .modeNotAvailable: return "Preflight Fail: mode needs position estimate"
        case .noManualControl: return "Preflight Fail: no manual control"
        case .crashed: return "Preflight Fail: crash detected, reboot"
        case .alreadyArmed: return "Arming denied: already armed"
        }
    }
}

/// The set of failing pre-arm checks (bit n = `PreArmCheck` raw value n).
public struct PreArmFailures: OptionSet, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ check: PreArmCheck) { rawValue = 1 << UInt32(check.rawValue) }

    public func contains(_ check: PreArmCheck) -> Bool { contains(PreArmFailures(check)) }
    public mutating func insert(_ check: PreArmCheck) { insert(PreArmFailures(check)) }

    /// The first failing check in declaration order (what one STATUSTEXT reports).
    public var first: PreArmCheck? {
        for check in PreArmCheck.allCases where contains(check) { return check }
        return nil
    }
}

extension PreArmFailures {
    /// Runs every pre-arm check for arming in `mode`.
    ///
    /// GNSS and geofence checks apply to modes that need a position; the mission check to
    /// `mission`; the manual-control check to pilot-controlled modes.
    public static func evaluate(_ health: VehicleHealth, mode: FlightMode, at time: Tick,
                                config: CommanderConfig) -> PreArmFailures {
        var failures: PreArmFailures = []
        if !health.estimatorHealthy || !health.has(.attitude) { failures.insert(.estimatorUnhealthy) }
        let needsPosition = mode.requiredValidity.contains(.horizontalPosition)
        if needsPosition && health.gnssFix.rawValue < GnssFix.fix3D.rawValue { failures.insert(.noGnssFix) }
        if health.batteryRemaining.isFinite && health.batteryRemaining <= config.failsafe.batteryLowThreshold {
            failures.insert(.batteryLow)
        }
        if !health.sensorsHealthy { failures.insert(.sensorsUnhealthy) }
        if mode == .mission && !health.missionReady { failures.insert(.missionInvalid) }
        if health.geofenceBreach != nil { failures.insert(.outsideGeofence) }
        if !health.has(mode.requiredValidity) { failures.insert(.modeNotAvailable) }
        if mode.isPilotControlled {
            let fresh = health.lastManualInput.map { time.seconds(since: $0) <= config.failsafe.manualLossTimeout } ?? false
            if !fresh { failures.insert(.noManualControl) }
        }
        return failures
    }
}
