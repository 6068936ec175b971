import FlightCore
import MAVLinkDialects

/// The flight core's plan item (the dialect also defines a `MissionItem` message).
public typealias CoreMissionItem = FlightCore.MissionItem
/// The legacy float-coordinate `MISSION_ITEM` message.
public typealias LegacyMissionItem = MAVLinkDialects.MissionItem

/// Translation between MAVLink mission messages and the flight core's `MissionItem`.
enum MissionItemConversion {
    static func item(from m: MissionItemInt) -> CoreMissionItem {
        CoreMissionItem(command: UInt16(truncatingIfNeeded: m.command.rawValue), frame: UInt8(truncatingIfNeeded: m.frame.rawValue),
                    param1: m.param1, param2: m.param2, param3: m.param3, param4: m.param4,
                    latE7: m.x, lonE7: m.y, altitude: m.z, autocontinue: m.autocontinue != 0)
    }

    /// Legacy `MISSION_ITEM`: x/y are degrees as floats (about 1 m resolution), converted to 1e7.
    static func item(from m: LegacyMissionItem) -> CoreMissionItem {
        CoreMissionItem(command: UInt16(truncatingIfNeeded: m.command.rawValue), frame: legacyToIntFrame(m.frame.rawValue),
                    param1: m.param1, param2: m.param2, param3: m.param3, param4: m.param4,
                    latE7: degreesE7(m.x), lonE7: degreesE7(m.y), altitude: m.z, autocontinue: m.autocontinue != 0)
    }

    static func message(_ item: CoreMissionItem, seq: Int, kind: PlanKind, target: (UInt8, UInt8)) -> MissionItemInt {
        MissionItemInt(targetSystem: target.0, targetComponent: target.1, seq: UInt16(truncatingIfNeeded: seq),
                       frame: MAVFrame(rawValue: UInt32(item.frameNumber)), command: MAVCmd(rawValue: UInt32(item.commandNumber)),
                       current: 0, autocontinue: item.autocontinue ? 1 : 0,
                       param1: item.param1, param2: item.param2, param3: item.param3, param4: item.param4,
                       x: item.latE7, y: item.lonE7, z: item.altitude, missionType: MAVMissionType(rawValue: UInt32(kind.rawValue)))
    }

    static func legacyMessage(_ item: CoreMissionItem, seq: Int, kind: PlanKind, target: (UInt8, UInt8)) -> LegacyMissionItem {
        LegacyMissionItem(targetSystem: target.0, targetComponent: target.1, seq: UInt16(truncatingIfNeeded: seq),
                     frame: MAVFrame(rawValue: UInt32(intToLegacyFrame(item.frameNumber))),
                     command: MAVCmd(rawValue: UInt32(item.commandNumber)),
                     current: 0, autocontinue: item.autocontinue ? 1 : 0,
                     param1: item.param1, param2: item.param2, param3: item.param3, param4: item.param4,
                     x: Float(Double(item.latE7) * 1e-7), y: Float(Double(item.lonE7) * 1e-7), z: item.altitude,
                     missionType: MAVMissionType(rawValue: UInt32(kind.rawValue)))
    }

    static func degreesE7(_ degrees: Float) -> Int32 {
        let v = (Double(degrees) * 1e7).rounded()
        return v.isFinite ? Int32(clamping: Int64(max(min(v, 2e9), -2e9))) : 0
    }

    /// The float frames 0/3/10 have integer twins 5/6/11; the core stores the integer form.
    static func legacyToIntFrame(_ f: UInt32) -> UInt8 {
        switch f { case 0: 5; case 3: 6; case 10: 11; default: UInt8(truncatingIfNeeded: f) }
    }
    static func intToLegacyFrame(_ f: UInt8) -> UInt8 {
        switch f { case 5: 0; case 6: 3; case 11: 10; default: f }
    }
}
