// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Current status about a high level gimbal manager. This message should be broadcast at a low regular rate (e.g. 5Hz).
///
/// MAVLink message `GIMBAL_MANAGER_STATUS` (id 281).
public struct GimbalManagerStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 281 }
    @inlinable public static var name: StaticString { "GIMBAL_MANAGER_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 48 }
    @inlinable public static var minLength: Int { 13 }
    @inlinable public static var maxLength: Int { 13 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// High level gimbal manager flags currently applied.
    /// Values: `GimbalManagerFlags`.
    public var flags: GimbalManagerFlags
    /// Gimbal device ID that this gimbal manager is responsible for. Component ID of gimbal device (or 1-6 for non-MAVLink gimbal).
    public var gimbalDeviceId: UInt8
    /// System ID of MAVLink component with primary control, 0 for none.
    public var primaryControlSysid: UInt8
    /// Component ID of MAVLink component with primary control, 0 for none.
    public var primaryControlCompid: UInt8
    /// System ID of MAVLink component with secondary control, 0 for none.
    public var secondaryControlSysid: UInt8
    /// Component ID of MAVLink component with secondary control, 0 for none.
    public var secondaryControlCompid: UInt8

    public init(timeBootMs: UInt32 = 0, flags: GimbalManagerFlags = GimbalManagerFlags(rawValue: 0), gimbalDeviceId: UInt8 = 0, primaryControlSysid: UInt8 = 0, primaryControlCompid: UInt8 = 0, secondaryControlSysid: UInt8 = 0, secondaryControlCompid: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.flags = flags
        self.gimbalDeviceId = gimbalDeviceId
        self.primaryControlSysid = primaryControlSysid
        self.primaryControlCompid = primaryControlCompid
        self.secondaryControlSysid = secondaryControlSysid
        self.secondaryControlCompid = secondaryControlCompid
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        flags = GimbalManagerFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        primaryControlSysid = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        primaryControlCompid = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        secondaryControlSysid = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        secondaryControlCompid = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: flags.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: primaryControlSysid, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: primaryControlCompid, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: secondaryControlSysid, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: secondaryControlCompid, toByteOffset: 12, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("flags", UInt32(truncatingIfNeeded: flags.rawValue))
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("primary_control_sysid", primaryControlSysid)
        v.visit("primary_control_compid", primaryControlCompid)
        v.visit("secondary_control_sysid", secondaryControlSysid)
        v.visit("secondary_control_compid", secondaryControlCompid)
    }
}
