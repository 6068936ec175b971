// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set the system mode, as defined by enum MAV_MODE_FLAG. There is no target component id as the mode is by definition for the overall aircraft, not only for one component.
///
/// MAVLink message `SET_MODE` (id 11).
public struct SetMode: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11 }
    @inlinable public static var name: StaticString { "SET_MODE" }
    @inlinable public static var crcExtra: UInt8 { 89 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// The system setting the mode
    public var targetSystem: UInt8
    /// The new base mode.
    /// Values: `MAVModeFlag`.
    public var baseMode: MAVModeFlag
    /// The new autopilot-specific mode. This field can be ignored by an autopilot.
    public var customMode: UInt32

    public init(targetSystem: UInt8 = 0, baseMode: MAVModeFlag = MAVModeFlag(rawValue: 0), customMode: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.baseMode = baseMode
        self.customMode = customMode
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        customMode = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        baseMode = MAVModeFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: customMode, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: baseMode.rawValue), toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("base_mode", UInt8(truncatingIfNeeded: baseMode.rawValue))
        v.visit("custom_mode", customMode)
    }
}
