// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Get the current mode.
/// This should be emitted on any mode change, and broadcast at low rate (nominally 0.5 Hz).
/// It may be requested using MAV_CMD_REQUEST_MESSAGE.
/// See https://mavlink.io/en/services/standard_modes.html
///
/// MAVLink message `CURRENT_MODE` (id 436).
public struct CurrentMode: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 436 }
    @inlinable public static var name: StaticString { "CURRENT_MODE" }
    @inlinable public static var crcExtra: UInt8 { 193 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Standard mode.
    /// Values: `MAVStandardMode`.
    public var standardMode: MAVStandardMode
    /// A bitfield for use for autopilot-specific flags
    public var customMode: UInt32
    /// The custom_mode of the mode that was last commanded by the user (for example, with MAV_CMD_DO_SET_STANDARD_MODE, MAV_CMD_DO_SET_MODE or via RC). This should usually be the same as custom_mode. It will be different if the vehicle is unable to enter the intended mode, or has left that mode due to a failsafe condition. 0 indicates the intended custom mode is unknown/not supplied
    public var intendedCustomMode: UInt32

    public init(standardMode: MAVStandardMode = MAVStandardMode(rawValue: 0), customMode: UInt32 = 0, intendedCustomMode: UInt32 = 0) {
        self.standardMode = standardMode
        self.customMode = customMode
        self.intendedCustomMode = intendedCustomMode
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        customMode = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        intendedCustomMode = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        standardMode = MAVStandardMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: customMode, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: intendedCustomMode, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: standardMode.rawValue), toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("standard_mode", UInt8(truncatingIfNeeded: standardMode.rawValue))
        v.visit("custom_mode", customMode)
        v.visit("intended_custom_mode", intendedCustomMode)
    }
}
