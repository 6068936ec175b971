/// PX4's `custom_mode` encoding of a flight mode: `main << 16 | sub << 24` in the heartbeat, and
/// main/sub as param2/param3 of `MAV_CMD_DO_SET_MODE` (what MAVSDK and QGroundControl send to any
/// autopilot that is not ArduPilot).
public struct PX4Mode: Equatable, Sendable {
    /// PX4 main modes.
    public enum Main: UInt8, Sendable {
        case manual = 1, altitude = 2, position = 3, auto = 4, acro = 5, offboard = 6, stabilized = 7
    }
    /// PX4 auto sub-modes.
    public enum AutoSub: UInt8, Sendable {
        case none = 0, ready = 1, takeoff = 2, loiter = 3, mission = 4, rtl = 5, land = 6
    }
    /// PX4 main mode number (`PX4Mode.Main`).
    public var main: UInt8
    /// PX4 sub mode number (`PX4Mode.AutoSub` when main is auto; 0 otherwise).
    public var sub: UInt8

    public init(main: UInt8, sub: UInt8 = 0) { self.main = main; self.sub = sub }
    public init(_ main: Main, _ sub: AutoSub = .none) { self.main = main.rawValue; self.sub = sub.rawValue }

    /// Decodes a heartbeat `custom_mode`.
    public init(customMode: UInt32) { main = UInt8(truncatingIfNeeded: customMode >> 16); sub = UInt8(truncatingIfNeeded: customMode >> 24) }

    /// The heartbeat `custom_mode`: `main << 16 | sub << 24`.
    public var customMode: UInt32 { UInt32(main) << 16 | UInt32(sub) << 24 }
}

/// `MAV_STANDARD_MODE` numbers (standard-modes interface: `AVAILABLE_MODES`, `CURRENT_MODE`,
/// `MAV_CMD_DO_SET_STANDARD_MODE`).
public enum StandardMode: UInt8, Sendable {
    case nonStandard = 0, positionHold = 1, orbit = 2, cruise = 3, altitudeHold = 4,
         safeRecovery = 5, mission = 6, land = 7, takeoff = 8
}

extension FlightMode {
    /// The PX4 encoding reported in the heartbeat for this mode.
    public var px4Mode: PX4Mode {
        switch self {
        case .stabilized: return PX4Mode(.stabilized)
        case .altitudeHold: return PX4Mode(.altitude)
        case .positionHold: return PX4Mode(.position)
        case .takeoff: return PX4Mode(.auto, .takeoff)
        case .mission: return PX4Mode(.auto, .mission)
        case .hold: return PX4Mode(.auto, .loiter)
        case .returnToLaunch: return PX4Mode(.auto, .rtl)
        case .land: return PX4Mode(.auto, .land)
        case .guided: return PX4Mode(.offboard)
        }
    }

    /// The heartbeat `custom_mode` for this mode (PX4 encoding).
    public var px4CustomMode: UInt32 { px4Mode.customMode }

    /// The mode a PX4 main/sub pair asks for, or nil when Swiftlet has no equivalent.
    ///
    /// PX4 `manual` maps to `stabilized` (a multicopter's manual mode self-levels); `auto` with sub
    /// `ready` or `none` maps to `hold`.
    public init?(px4 mode: PX4Mode) {
        guard let main = PX4Mode.Main(rawValue: mode.main) else { return nil }
        switch main {
        case .manual, .stabilized: self = .stabilized
        case .altitude: self = .altitudeHold
        case .position: self = .positionHold
        case .offboard: self = .guided
        case .acro: return nil
        case .auto:
            guard let sub = PX4Mode.AutoSub(rawValue: mode.sub) else { return nil }
            switch sub {
            case .none, .ready, .loiter: self = .hold
            case .takeoff: self = .takeoff
            case .mission: self = .mission
            case .rtl: self = .returnToLaunch
            case .land: self = .land
            }
        }
    }

    /// The mode a heartbeat `custom_mode` (PX4 encoding) names.
    public init?(px4CustomMode: UInt32) { self.init(px4: PX4Mode(customMode: px4CustomMode)) }

    /// The standard mode this mode reports, `.nonStandard` when it has none.
    public var standardMode: StandardMode {
        switch self {
        case .positionHold: return .positionHold
        case .altitudeHold: return .altitudeHold
        case .returnToLaunch: return .safeRecovery
        case .mission: return .mission
        case .land: return .land
        case .takeoff: return .takeoff
        case .stabilized, .hold, .guided: return .nonStandard
        }
    }

    /// The mode a standard mode asks for, or nil (orbit, cruise and non-standard are not offered).
    public init?(standardMode: StandardMode) {
        switch standardMode {
        case .positionHold: self = .positionHold
        case .altitudeHold: self = .altitudeHold
        case .safeRecovery: self = .returnToLaunch
        case .mission: self = .mission
        case .land: self = .land
        case .takeoff: self = .takeoff
        case .nonStandard, .orbit, .cruise: return nil
        }
    }
}
