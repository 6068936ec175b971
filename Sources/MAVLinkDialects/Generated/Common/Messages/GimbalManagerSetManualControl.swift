// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// High level message to control a gimbal manually. The angles or angular rates are unitless; the actual rates will depend on internal gimbal manager settings/configuration (e.g. set by parameters). This message is to be sent to the gimbal manager (e.g. from a ground station). Angles and rates can be set to NaN according to use case.
///
/// MAVLink message `GIMBAL_MANAGER_SET_MANUAL_CONTROL` (id 288).
public struct GimbalManagerSetManualControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 288 }
    @inlinable public static var name: StaticString { "GIMBAL_MANAGER_SET_MANUAL_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 20 }
    @inlinable public static var minLength: Int { 23 }
    @inlinable public static var maxLength: Int { 23 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// High level gimbal manager flags.
    /// Values: `GimbalManagerFlags`.
    public var flags: GimbalManagerFlags
    /// Component ID of gimbal device to address (or 1-6 for non-MAVLink gimbal), 0 for all gimbal device components. Send command multiple times for more than one gimbal (but not all gimbals).
    public var gimbalDeviceId: UInt8
    /// Pitch angle unitless (-1..1, positive: up, negative: down, NaN to be ignored).
    public var pitch: Float
    /// Yaw angle unitless (-1..1, positive: to the right, negative: to the left, NaN to be ignored).
    public var yaw: Float
    /// Pitch angular rate unitless (-1..1, positive: up, negative: down, NaN to be ignored).
    public var pitchRate: Float
    /// Yaw angular rate unitless (-1..1, positive: to the right, negative: to the left, NaN to be ignored).
    public var yawRate: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, flags: GimbalManagerFlags = GimbalManagerFlags(rawValue: 0), gimbalDeviceId: UInt8 = 0, pitch: Float = 0, yaw: Float = 0, pitchRate: Float = 0, yawRate: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.flags = flags
        self.gimbalDeviceId = gimbalDeviceId
        self.pitch = pitch
        self.yaw = yaw
        self.pitchRate = pitchRate
        self.yawRate = yawRate
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        flags = GimbalManagerFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        pitch = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        pitchRate = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        yawRate = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 22, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: flags.rawValue), toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: pitch, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: pitchRate, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: yawRate, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 21, as: UInt8.self)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 22, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("flags", UInt32(truncatingIfNeeded: flags.rawValue))
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("pitch_rate", pitchRate)
        v.visit("yaw_rate", yawRate)
    }
}
