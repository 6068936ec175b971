// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// High level message to control a gimbal's attitude. This message is to be sent to the gimbal manager (e.g. from a ground station). Angles and rates can be set to NaN according to use case.
///
/// MAVLink message `GIMBAL_MANAGER_SET_ATTITUDE` (id 282).
public struct GimbalManagerSetAttitude: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 282 }
    @inlinable public static var name: StaticString { "GIMBAL_MANAGER_SET_ATTITUDE" }
    @inlinable public static var crcExtra: UInt8 { 123 }
    @inlinable public static var minLength: Int { 35 }
    @inlinable public static var maxLength: Int { 35 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// High level gimbal manager flags to use.
    /// Values: `GimbalManagerFlags`.
    public var flags: GimbalManagerFlags
    /// Component ID of gimbal device to address (or 1-6 for non-MAVLink gimbal), 0 for all gimbal device components. Send command multiple times for more than one gimbal (but not all gimbals).
    public var gimbalDeviceId: UInt8
    /// Quaternion components, w, x, y, z (1 0 0 0 is the null-rotation, the frame is depends on whether the flag GIMBAL_MANAGER_FLAGS_YAW_LOCK is set)
    public var q: FixedArray<4, Float>
    /// X component of angular velocity, positive is rolling to the right, NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityX: Float
    /// Y component of angular velocity, positive is pitching up, NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityY: Float
    /// Z component of angular velocity, positive is yawing to the right, NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityZ: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, flags: GimbalManagerFlags = GimbalManagerFlags(rawValue: 0), gimbalDeviceId: UInt8 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), angularVelocityX: Float = 0, angularVelocityY: Float = 0, angularVelocityZ: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.flags = flags
        self.gimbalDeviceId = gimbalDeviceId
        self.q = q
        self.angularVelocityX = angularVelocityX
        self.angularVelocityY = angularVelocityY
        self.angularVelocityZ = angularVelocityZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        flags = GimbalManagerFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        q = FixedArray.load(from: _p, at: 4)
        angularVelocityX = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        angularVelocityY = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        angularVelocityZ = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: flags.rawValue), toByteOffset: 0, as: UInt32.self)
        q.store(to: _p, at: 4)
        _p.storeBytes(of: angularVelocityX, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: angularVelocityY, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: angularVelocityZ, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 34, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("flags", UInt32(truncatingIfNeeded: flags.rawValue))
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("q", q)
        v.visit("angular_velocity_x", angularVelocityX)
        v.visit("angular_velocity_y", angularVelocityY)
        v.visit("angular_velocity_z", angularVelocityZ)
    }
}
