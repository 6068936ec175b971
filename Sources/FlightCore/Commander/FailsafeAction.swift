/// What a failsafe makes the vehicle do, ordered by severity: the most severe active action wins.
public enum FailsafeAction: UInt8, Sendable, Comparable, CaseIterable {
    /// Nothing.
    case none = 0
    /// Tell the operator, keep flying.
    case warn = 1
    /// Hold the current position (needs a position estimate, else degrades to `land`).
    case hold = 2
    /// Return to launch (needs a position estimate and home, else degrades to `land`).
    case returnToLaunch = 3
    /// Land where the vehicle is.
    case land = 4
    /// Disarm if on the ground; in the air, land (and the landing then disarms).
    case disarm = 5

    public static func < (a: FailsafeAction, b: FailsafeAction) -> Bool { a.rawValue < b.rawValue }

    /// The mode this action puts an airborne vehicle in (nil for `none` and `warn`).
    public var mode: FlightMode? {
        switch self {
        case .none, .warn: return nil
        case .hold: return .hold
        case .returnToLaunch: return .returnToLaunch
        case .land, .disarm: return .land
        }
    }
}

/// A condition that can trigger a failsafe.
public enum FailsafeTrigger: UInt8, Sendable, CaseIterable {
    case groundStationLinkLoss = 0
    case manualControlLoss = 1
    case guidedTimeout = 2
    case batteryLow = 3
    case batteryCritical = 4
    case gnssLoss = 5
    case estimatorFailure = 6
    case geofenceBreach = 7

    /// STATUSTEXT line (≤ 50 characters).
    public var message: StaticString {
        switch self {
        case .groundStationLinkLoss: return "Failsafe: ground station link lost"
        case .manualControlLoss: return "Failsafe: manual control lost"
        case .guidedTimeout: return "Failsafe: guided setpoints timed out"
        case .batteryLow: return "Failsafe: battery low"
        case .batteryCritical: return "Failsafe: battery critical"
        case .gnssLoss: return "Failsafe: GNSS position lost"
        case .estimatorFailure: return "Failsafe: estimator failure"
        case .geofenceBreach: return "Failsafe: geofence breached"
        }
    }
}

/// The set of active failsafe triggers (bit n = `FailsafeTrigger` raw value n).
public struct FailsafeTriggers: OptionSet, Sendable {
    public var rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ trigger: FailsafeTrigger) { rawValue = 1 << UInt16(trigger.rawValue) }
    public func contains(_ t: FailsafeTrigger) -> Bool { contains(FailsafeTriggers(t)) }
    public mutating func insert(_ t: FailsafeTrigger) { insert(FailsafeTriggers(t)) }
}
