// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message reporting the status of a gimbal device.
/// This message should be broadcast by a gimbal device component at a low regular rate (e.g. 5 Hz).
/// For the angles encoded in the quaternion and the angular velocities holds:
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME is set, then they are relative to the vehicle heading (vehicle frame).
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME is set, then they are relative to absolute North (earth frame).
/// If neither of these flags are set, then (for backwards compatibility) it holds:
/// If the flag GIMBAL_DEVICE_FLAGS_YAW_LOCK is set, then they are relative to absolute North (earth frame),
/// else they are relative to the vehicle heading (vehicle frame).
/// Other conditions of the flags are not allowed.
/// The quaternion and angular velocities in the other frame can be calculated from delta_yaw and delta_yaw_velocity as
/// q_earth = q_delta_yaw * q_vehicle and w_earth = w_delta_yaw_velocity + w_vehicle (if not NaN).
/// If neither the GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME nor the GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME flag is set,
/// then (for backwards compatibility) the data in the delta_yaw and delta_yaw_velocity fields are to be ignored.
/// New implementations should always set either GIMBAL_DEVICE_FLAGS_YAW_IN_VEHICLE_FRAME or GIMBAL_DEVICE_FLAGS_YAW_IN_EARTH_FRAME,
/// and always should set delta_yaw and delta_yaw_velocity either to the proper value or NaN.
///
/// MAVLink message `GIMBAL_DEVICE_ATTITUDE_STATUS` (id 285).
public struct GimbalDeviceAttitudeStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 285 }
    @inlinable public static var name: StaticString { "GIMBAL_DEVICE_ATTITUDE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 137 }
    @inlinable public static var minLength: Int { 40 }
    @inlinable public static var maxLength: Int { 49 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Current gimbal flags set.
    /// Values: `GimbalDeviceFlags`.
    public var flags: GimbalDeviceFlags
    /// Quaternion components, w, x, y, z (1 0 0 0 is the null-rotation). The frame is described in the message description.
    public var q: FixedArray<4, Float>
    /// X component of angular velocity (positive: rolling to the right). The frame is described in the message description. NaN if unknown.
    /// Units: rad/s.
    public var angularVelocityX: Float
    /// Y component of angular velocity (positive: pitching up). The frame is described in the message description. NaN if unknown.
    /// Units: rad/s.
    public var angularVelocityY: Float
    /// Z component of angular velocity (positive: yawing to the right). The frame is described in the message description. NaN if unknown.
    /// Units: rad/s.
    public var angularVelocityZ: Float
    /// Failure flags (0 for no failure)
    /// Values: `GimbalDeviceErrorFlags`.
    public var failureFlags: GimbalDeviceErrorFlags
    /// Yaw angle relating the quaternions in earth and body frames (see message description). NaN if unknown.
    /// Units: rad.
    /// MAVLink 2 extension field.
    public var deltaYaw: Float
    /// Yaw angular velocity relating the angular velocities in earth and body frames (see message description). NaN if unknown.
    /// Units: rad/s.
    /// MAVLink 2 extension field.
    public var deltaYawVelocity: Float
    /// This field is to be used if the gimbal manager and the gimbal device are the same component and hence have the same component ID. This field is then set a number between 1-6. If the component ID is separate, this field is not required and must be set to 0.
    /// MAVLink 2 extension field.
    public var gimbalDeviceId: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, timeBootMs: UInt32 = 0, flags: GimbalDeviceFlags = GimbalDeviceFlags(rawValue: 0), q: FixedArray<4, Float> = FixedArray(repeating: 0), angularVelocityX: Float = 0, angularVelocityY: Float = 0, angularVelocityZ: Float = 0, failureFlags: GimbalDeviceErrorFlags = GimbalDeviceErrorFlags(rawValue: 0), deltaYaw: Float = 0, deltaYawVelocity: Float = 0, gimbalDeviceId: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.timeBootMs = timeBootMs
        self.flags = flags
        self.q = q
        self.angularVelocityX = angularVelocityX
        self.angularVelocityY = angularVelocityY
        self.angularVelocityZ = angularVelocityZ
        self.failureFlags = failureFlags
        self.deltaYaw = deltaYaw
        self.deltaYawVelocity = deltaYawVelocity
        self.gimbalDeviceId = gimbalDeviceId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        q = FixedArray.load(from: _p, at: 4)
        angularVelocityX = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        angularVelocityY = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        angularVelocityZ = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        failureFlags = GimbalDeviceErrorFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 32, as: UInt32.self)))
        flags = GimbalDeviceFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 36, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 39, as: UInt8.self)
        deltaYaw = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        deltaYawVelocity = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        q.store(to: _p, at: 4)
        _p.storeBytes(of: angularVelocityX, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: angularVelocityY, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: angularVelocityZ, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: failureFlags.rawValue), toByteOffset: 32, as: UInt32.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 36, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 38, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 39, as: UInt8.self)
        _p.storeBytes(of: deltaYaw, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: deltaYawVelocity, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 48, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("time_boot_ms", timeBootMs)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("q", q)
        v.visit("angular_velocity_x", angularVelocityX)
        v.visit("angular_velocity_y", angularVelocityY)
        v.visit("angular_velocity_z", angularVelocityZ)
        v.visit("failure_flags", UInt32(truncatingIfNeeded: failureFlags.rawValue))
        v.visit("delta_yaw", deltaYaw)
        v.visit("delta_yaw_velocity", deltaYawVelocity)
        v.visit("gimbal_device_id", gimbalDeviceId)
    }
}
