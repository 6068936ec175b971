// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message encoding a mission item.
/// This message is emitted to announce the presence of a mission item and to set a mission item on the system.
/// The mission item can be either in x, y, z meters (type: LOCAL) or x:lat, y:lon, z:altitude. Local frame is Z-down, right handed (NED), global frame is Z-up, right handed (ENU). NaN may be used to indicate an optional/default value (e.g. to use the system's current latitude or yaw rather than a specific value). See also https://mavlink.io/en/services/mission.html.
///
/// MAVLink message `MISSION_ITEM` (id 39). Deprecated.
public struct MissionItem: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 39 }
    @inlinable public static var name: StaticString { "MISSION_ITEM" }
    @inlinable public static var crcExtra: UInt8 { 254 }
    @inlinable public static var minLength: Int { 37 }
    @inlinable public static var maxLength: Int { 38 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Sequence
    public var seq: UInt16
    /// The coordinate system of the waypoint.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// The scheduled action for the waypoint.
    /// Values: `MAVCmd`.
    public var command: MAVCmd
    /// false:0, true:1
    public var current: UInt8
    /// Autocontinue to next waypoint. 0: false, 1: true. Set false to pause mission after the item completes.
    public var autocontinue: UInt8
    /// PARAM1, see MAV_CMD enum
    public var param1: Float
    /// PARAM2, see MAV_CMD enum
    public var param2: Float
    /// PARAM3, see MAV_CMD enum
    public var param3: Float
    /// PARAM4, see MAV_CMD enum
    public var param4: Float
    /// PARAM5 / local: X coordinate, global: latitude
    public var x: Float
    /// PARAM6 / local: Y coordinate, global: longitude
    public var y: Float
    /// PARAM7 / local: Z coordinate, global: altitude (relative or absolute, depending on frame).
    public var z: Float
    /// Mission type.
    /// Values: `MAVMissionType`.
    /// MAVLink 2 extension field.
    public var missionType: MAVMissionType

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, seq: UInt16 = 0, frame: MAVFrame = MAVFrame(rawValue: 0), command: MAVCmd = MAVCmd(rawValue: 0), current: UInt8 = 0, autocontinue: UInt8 = 0, param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0, x: Float = 0, y: Float = 0, z: Float = 0, missionType: MAVMissionType = MAVMissionType(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.seq = seq
        self.frame = frame
        self.command = command
        self.current = current
        self.autocontinue = autocontinue
        self.param1 = param1
        self.param2 = param2
        self.param3 = param3
        self.param4 = param4
        self.x = x
        self.y = y
        self.z = z
        self.missionType = missionType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        param1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        param2 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        param3 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        param4 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        x = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        seq = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        command = MAVCmd(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)))
        current = _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)
        autocontinue = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
        missionType = MAVMissionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 37, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: param1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: param2, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: param3, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: param4, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: x, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: seq, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: command.rawValue), toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: current, toByteOffset: 35, as: UInt8.self)
        _p.storeBytes(of: autocontinue, toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: missionType.rawValue), toByteOffset: 37, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("seq", seq)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("command", UInt16(truncatingIfNeeded: command.rawValue))
        v.visit("current", current)
        v.visit("autocontinue", autocontinue)
        v.visit("param1", param1)
        v.visit("param2", param2)
        v.visit("param3", param3)
        v.visit("param4", param4)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("mission_type", UInt8(truncatingIfNeeded: missionType.rawValue))
    }
}
