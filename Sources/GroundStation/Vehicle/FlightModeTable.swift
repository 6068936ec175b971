import MAVLinkDialects

/// A flight mode as a vehicle's heartbeat carries it: `base_mode` with the custom-mode flag and the
/// autopilot-specific `custom_mode` number.
public struct VehicleMode: Equatable, Sendable, CustomStringConvertible {
    /// The mode's name as the autopilot's own ground stations show it (`AUTO`, `AUTO.MISSION`).
    public var name: String
    /// Heartbeat `custom_mode`.
    public var customMode: UInt32

    public var description: String { name }
}

/// The flight modes of each autopilot family and how to request them.
///
/// ArduPilot (copter) numbers `custom_mode` directly (`AUTO` is 3, `GUIDED` 4); PX4 packs a main
/// mode into bits 16–23 and a sub mode into bits 24–31 (`AUTO.MISSION` is main 4, sub 4). Swiftlet
/// reports and accepts the PX4 encoding (see docs/MODES.md). A request is `MAV_CMD_DO_SET_MODE`
/// with param1 = `MAV_MODE_FLAG_CUSTOM_MODE_ENABLED` and the numbers in param2 (and param3 for PX4).
public enum FlightModeTable {
    /// ArduCopter's modes (`custom_mode` values).
    public static let arduCopter: [VehicleMode] = [
        ("STABILIZE", 0), ("ACRO", 1), ("ALT_HOLD", 2), ("AUTO", 3), ("GUIDED", 4), ("LOITER", 5),
        ("RTL", 6), ("CIRCLE", 7), ("LAND", 9), ("DRIFT", 11), ("SPORT", 13), ("FLIP", 14),
        ("AUTOTUNE", 15), ("POSHOLD", 16), ("BRAKE", 17), ("THROW", 18), ("AVOID_ADSB", 19),
        ("GUIDED_NOGPS", 20), ("SMART_RTL", 21), ("FLOWHOLD", 22), ("FOLLOW", 23), ("ZIGZAG", 24),
        ("SYSTEMID", 25), ("AUTOROTATE", 26), ("AUTO_RTL", 27), ("TURTLE", 28),
    ].map { VehicleMode(name: $0.0, customMode: $0.1) }

    /// PX4's modes (and Swiftlet's, which uses the same encoding), by main and sub mode.
    public static let px4: [VehicleMode] = [
        ("MANUAL", 1, 0), ("ALTCTL", 2, 0), ("POSCTL", 3, 0), ("AUTO.READY", 4, 1), ("AUTO.TAKEOFF", 4, 2),
        ("AUTO.LOITER", 4, 3), ("AUTO.MISSION", 4, 4), ("AUTO.RTL", 4, 5), ("AUTO.LAND", 4, 6),
        ("AUTO.FOLLOW_TARGET", 4, 8), ("AUTO.PRECLAND", 4, 9), ("ACRO", 5, 0), ("OFFBOARD", 6, 0),
        ("STABILIZED", 7, 0),
    ].map { VehicleMode(name: $0.0, customMode: UInt32($0.1) << 16 | UInt32($0.2) << 24) }

    /// Short names that MAVProxy and pilots use for PX4 modes.
    static let px4Aliases: [String: String] = [
        "MISSION": "AUTO.MISSION", "AUTO": "AUTO.MISSION", "LOITER": "AUTO.LOITER", "HOLD": "AUTO.LOITER",
        "RTL": "AUTO.RTL", "LAND": "AUTO.LAND", "TAKEOFF": "AUTO.TAKEOFF", "POSHOLD": "POSCTL",
        "POSITION": "POSCTL", "ALTHOLD": "ALTCTL", "ALT_HOLD": "ALTCTL", "ALTITUDE": "ALTCTL",
        "STABILIZE": "STABILIZED", "GUIDED": "OFFBOARD",
    ]

    /// The modes of `family`.
    public static func modes(of family: AutopilotFamily) -> [VehicleMode] {
        family == .ardupilot ? arduCopter : px4
    }

    /// The mode named `name` (case-insensitive; PX4 also by its short names), or nil.
    public static func mode(named name: String, for family: AutopilotFamily) -> VehicleMode? {
        var key = name.uppercased()
        if family != .ardupilot, let full = px4Aliases[key] { key = full }
        return modes(of: family).first { $0.name == key }
    }

    /// The mode a heartbeat reports, or nil when it has no custom mode or an unknown one.
    public static func mode(of heartbeat: Heartbeat, family: AutopilotFamily) -> VehicleMode? {
        guard heartbeat.baseMode.contains(.customModeEnabled) else { return nil }
        if family == .ardupilot { return arduCopter.first { $0.customMode == heartbeat.customMode } }
        // PX4 leaves the sub mode at whatever it was outside AUTO; compare only what matters.
        let main = (heartbeat.customMode >> 16) & 0xFF, sub = heartbeat.customMode >> 24
        return px4.first { m in
            let mMain = (m.customMode >> 16) & 0xFF, mSub = m.customMode >> 24
            return mMain == main && (main != 4 || mSub == sub)
        }
    }

    /// `MAV_CMD_DO_SET_MODE` requesting `mode`.
    public static func setModeCommand(_ mode: VehicleMode, family: AutopilotFamily, target: (system: UInt8, component: UInt8)) -> CommandLong {
        let (p2, p3): (Float, Float) = family == .ardupilot
            ? (Float(mode.customMode), 0)
            : (Float((mode.customMode >> 16) & 0xFF), Float(mode.customMode >> 24))
        return CommandLong(targetSystem: target.system, targetComponent: target.component, command: .doSetMode,
                           param1: Float(MAVModeFlag.customModeEnabled.rawValue), param2: p2, param3: p3)
    }
}
