// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Setpoint in roll, pitch, yaw and thrust from the operator
///
/// MAVLink message `MANUAL_SETPOINT` (id 81).
public struct ManualSetpoint: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 81 }
    @inlinable public static var name: StaticString { "MANUAL_SETPOINT" }
    @inlinable public static var crcExtra: UInt8 { 106 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Desired roll rate
    /// Units: rad/s.
    public var roll: Float
    /// Desired pitch rate
    /// Units: rad/s.
    public var pitch: Float
    /// Desired yaw rate
    /// Units: rad/s.
    public var yaw: Float
    /// Collective thrust, normalized to 0 .. 1
    public var thrust: Float
    /// Flight mode switch position, 0.. 255
    public var modeSwitch: UInt8
    /// Override mode switch position, 0.. 255
    public var manualOverrideSwitch: UInt8

    public init(timeBootMs: UInt32 = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, thrust: Float = 0, modeSwitch: UInt8 = 0, manualOverrideSwitch: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.thrust = thrust
        self.modeSwitch = modeSwitch
        self.manualOverrideSwitch = manualOverrideSwitch
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        roll = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        thrust = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        modeSwitch = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        manualOverrideSwitch = _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: roll, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: thrust, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: modeSwitch, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: manualOverrideSwitch, toByteOffset: 21, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("thrust", thrust)
        v.visit("mode_switch", modeSwitch)
        v.visit("manual_override_switch", manualOverrideSwitch)
    }
}
