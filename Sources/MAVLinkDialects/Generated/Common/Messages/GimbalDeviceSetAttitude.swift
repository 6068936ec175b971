// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Low level message to control a gimbal device's attitude.
/// This message is to be sent from the gimbal manager to the gimbal device component.
/// The quaternion and angular velocities can be set to NaN according to use case.
/// For the angles encoded in the quaternion and the angular velocities holds:
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME is set, then they are relative to the vehicle heading (vehicle frame).
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME is set, then they are relative to absolute North (earth frame).
/// If neither of these flags are set, then (for backwards compatibility) it holds:
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_LOCK is set, then they are relative to absolute North (earth frame),
/// else they are relative to the vehicle heading (vehicle frame).
/// Setting both GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME and GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME is not allowed.
/// These rules are to ensure backwards compatibility.
/// New implementations should always set either GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME or GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME.
///
/// MAVLink message `GIMBAL_DEVICE_SET_ATTITUDE` (id 284).
public struct GimbalDeviceSetAttitude: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 284 }
    @inlinable public static var name: StaticString { "GIMBAL_DEVICE_SET_ATTITUDE" }
    @inlinable public static var crcExtra: UInt8 { 99 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 32 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Low level gimbal flags.
    /// Values: `GimbalDeviceFlags`.
    public var flags: GimbalDeviceFlags
    /// Quaternion components, w, x, y, z (1 0 0 0 is the null-rotation). The frame is described in the message description. Set fields to NaN to be ignored.
    public var q: FixedArray<4, Float>
    /// X component of angular velocity (positive: rolling to the right). The frame is described in the message description. NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityX: Float
    /// Y component of angular velocity (positive: pitching up). The frame is described in the message description. NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityY: Float
    /// Z component of angular velocity (positive: yawing to the right). The frame is described in the message description. NaN to be ignored.
    /// Units: rad/s.
    public var angularVelocityZ: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, flags: GimbalDeviceFlags = GimbalDeviceFlags(rawValue: 0), q: FixedArray<4, Float> = FixedArray(repeating: 0), angularVelocityX: Float = 0, angularVelocityY: Float = 0, angularVelocityZ: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.flags = flags
        self.q = q
        self.angularVelocityX = angularVelocityX
        self.angularVelocityY = angularVelocityY
        self.angularVelocityZ = angularVelocityZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        q = FixedArray.load(from: _p, at: 0)
        angularVelocityX = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        angularVelocityY = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        angularVelocityZ = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        flags = GimbalDeviceFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        q.store(to: _p, at: 0)
        _p.storeBytes(of: angularVelocityX, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: angularVelocityY, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: angularVelocityZ, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 31, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("q", q)
        v.visit("angular_velocity_x", angularVelocityX)
        v.visit("angular_velocity_y", angularVelocityY)
        v.visit("angular_velocity_z", angularVelocityZ)
    }
}
