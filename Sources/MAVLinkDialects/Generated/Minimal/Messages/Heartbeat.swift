// Generated from minimal.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The heartbeat message shows that a system or component is present and responding. The type and autopilot fields (along with the message component id), allow the receiving system to treat further messages from this system appropriately (e.g. by laying out the user interface based on the autopilot). This microservice is documented at https://mavlink.io/en/services/heartbeat.html
///
/// MAVLink message `HEARTBEAT` (id 0).
public struct Heartbeat: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 0 }
    @inlinable public static var name: StaticString { "HEARTBEAT" }
    @inlinable public static var crcExtra: UInt8 { 50 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Vehicle or component type. For a flight controller component the vehicle type (quadrotor, helicopter, etc.). For other components the component type (e.g. camera, gimbal, etc.). This should be used in preference to component id for identifying the component type.
    /// Values: `MAVType`.
    public var type: MAVType
    /// Autopilot type / class. Use MAV_AUTOPILOT_INVALID for components that are not flight controllers.
    /// Values: `MAVAutopilot`.
    public var autopilot: MAVAutopilot
    /// System mode bitmap.
    /// Values: `MAVModeFlag`.
    public var baseMode: MAVModeFlag
    /// A bitfield for use for autopilot-specific flags
    public var customMode: UInt32
    /// System status flag.
    /// Values: `MAVState`.
    public var systemStatus: MAVState
    /// MAVLink version, not writable by user, gets added by protocol because of magic data type: uint8_t_mavlink_version
    public var mavlinkVersion: UInt8

    public init(type: MAVType = MAVType(rawValue: 0), autopilot: MAVAutopilot = MAVAutopilot(rawValue: 0), baseMode: MAVModeFlag = MAVModeFlag(rawValue: 0), customMode: UInt32 = 0, systemStatus: MAVState = MAVState(rawValue: 0), mavlinkVersion: UInt8 = 3) {
        self.type = type
        self.autopilot = autopilot
        self.baseMode = baseMode
        self.customMode = customMode
        self.systemStatus = systemStatus
        self.mavlinkVersion = mavlinkVersion
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        customMode = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        type = MAVType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
        autopilot = MAVAutopilot(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)))
        baseMode = MAVModeFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
        systemStatus = MAVState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)))
        mavlinkVersion = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: customMode, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: autopilot.rawValue), toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: baseMode.rawValue), toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: systemStatus.rawValue), toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: mavlinkVersion, toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("autopilot", UInt8(truncatingIfNeeded: autopilot.rawValue))
        v.visit("base_mode", UInt8(truncatingIfNeeded: baseMode.rawValue))
        v.visit("custom_mode", customMode)
        v.visit("system_status", UInt8(truncatingIfNeeded: systemStatus.rawValue))
        v.visit("mavlink_version", mavlinkVersion)
    }
}
