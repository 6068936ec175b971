// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a high level gimbal manager. This message should be requested by a ground station using MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `GIMBAL_MANAGER_INFORMATION` (id 280).
public struct GimbalManagerInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 280 }
    @inlinable public static var name: StaticString { "GIMBAL_MANAGER_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 70 }
    @inlinable public static var minLength: Int { 33 }
    @inlinable public static var maxLength: Int { 33 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Bitmap of gimbal capability flags.
    /// Values: `GimbalManagerCapFlags`.
    public var capFlags: GimbalManagerCapFlags
    /// Gimbal device ID that this gimbal manager is responsible for. Component ID of gimbal device (or 1-6 for non-MAVLink gimbal).
    public var gimbalDeviceId: UInt8
    /// Minimum hardware roll angle (positive: rolling to the right, negative: rolling to the left)
    /// Units: rad.
    public var rollMin: Float
    /// Maximum hardware roll angle (positive: rolling to the right, negative: rolling to the left)
    /// Units: rad.
    public var rollMax: Float
    /// Minimum pitch angle (positive: up, negative: down)
    /// Units: rad.
    public var pitchMin: Float
    /// Maximum pitch angle (positive: up, negative: down)
    /// Units: rad.
    public var pitchMax: Float
    /// Minimum yaw angle (positive: to the right, negative: to the left)
    /// Units: rad.
    public var yawMin: Float
    /// Maximum yaw angle (positive: to the right, negative: to the left)
    /// Units: rad.
    public var yawMax: Float

    public init(timeBootMs: UInt32 = 0, capFlags: GimbalManagerCapFlags = GimbalManagerCapFlags(rawValue: 0), gimbalDeviceId: UInt8 = 0, rollMin: Float = 0, rollMax: Float = 0, pitchMin: Float = 0, pitchMax: Float = 0, yawMin: Float = 0, yawMax: Float = 0) {
        self.timeBootMs = timeBootMs
        self.capFlags = capFlags
        self.gimbalDeviceId = gimbalDeviceId
        self.rollMin = rollMin
        self.rollMax = rollMax
        self.pitchMin = pitchMin
        self.pitchMax = pitchMax
        self.yawMin = yawMin
        self.yawMax = yawMax
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        capFlags = GimbalManagerCapFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        rollMin = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        rollMax = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        pitchMin = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        pitchMax = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yawMin = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        yawMax = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: capFlags.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: rollMin, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: rollMax, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: pitchMin, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: pitchMax, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yawMin, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: yawMax, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 32, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("cap_flags", UInt32(truncatingIfNeeded: capFlags.rawValue))
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("roll_min", rollMin)
        v.visit("roll_max", rollMax)
        v.visit("pitch_min", pitchMin)
        v.visit("pitch_max", pitchMax)
        v.visit("yaw_min", yawMin)
        v.visit("yaw_max", yawMax)
    }
}
