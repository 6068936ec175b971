// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sent from autopilot to simulation. Hardware in the loop control outputs. Alternative to HIL_CONTROLS.
///
/// MAVLink message `HIL_ACTUATOR_CONTROLS` (id 93).
public struct HilActuatorControls: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 93 }
    @inlinable public static var name: StaticString { "HIL_ACTUATOR_CONTROLS" }
    @inlinable public static var crcExtra: UInt8 { 47 }
    @inlinable public static var minLength: Int { 81 }
    @inlinable public static var maxLength: Int { 81 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Control outputs -1 .. 1. Channel assignment depends on the simulated hardware.
    public var controls: FixedArray<16, Float>
    /// System mode. Includes arming state.
    /// Values: `MAVModeFlag`.
    public var mode: MAVModeFlag
    /// Flags bitmask.
    /// Values: `HilActuatorControlsFlags`.
    public var flags: HilActuatorControlsFlags

    public init(timeUsec: UInt64 = 0, controls: FixedArray<16, Float> = FixedArray(repeating: 0), mode: MAVModeFlag = MAVModeFlag(rawValue: 0), flags: HilActuatorControlsFlags = HilActuatorControlsFlags(rawValue: 0)) {
        self.timeUsec = timeUsec
        self.controls = controls
        self.mode = mode
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        flags = HilActuatorControlsFlags(rawValue: UInt64(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        controls = FixedArray.load(from: _p, at: 16)
        mode = MAVModeFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 80, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: UInt64(truncatingIfNeeded: flags.rawValue), toByteOffset: 8, as: UInt64.self)
        controls.store(to: _p, at: 16)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mode.rawValue), toByteOffset: 80, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("controls", controls)
        v.visit("mode", UInt8(truncatingIfNeeded: mode.rawValue))
        v.visit("flags", UInt64(truncatingIfNeeded: flags.rawValue))
    }
}
