// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The attitude in the aeronautical frame (right-handed, Z-down, X-front, Y-right), expressed as quaternion. Quaternion order is w, x, y, z and a zero rotation would be expressed as (1 0 0 0).
///
/// MAVLink message `ATTITUDE_QUATERNION` (id 31).
public struct AttitudeQuaternion: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 31 }
    @inlinable public static var name: StaticString { "ATTITUDE_QUATERNION" }
    @inlinable public static var crcExtra: UInt8 { 246 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 48 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Quaternion component 1, w (1 in null-rotation)
    public var q1: Float
    /// Quaternion component 2, x (0 in null-rotation)
    public var q2: Float
    /// Quaternion component 3, y (0 in null-rotation)
    public var q3: Float
    /// Quaternion component 4, z (0 in null-rotation)
    public var q4: Float
    /// Roll angular speed
    /// Units: rad/s.
    public var rollspeed: Float
    /// Pitch angular speed
    /// Units: rad/s.
    public var pitchspeed: Float
    /// Yaw angular speed
    /// Units: rad/s.
    public var yawspeed: Float
    /// Rotation offset by which the attitude quaternion and angular speed vector should be rotated for user display (quaternion with [w, x, y, z] order, zero-rotation is [1, 0, 0, 0], send [0, 0, 0, 0] if field not supported). This field is intended for systems in which the reference attitude may change during flight. For example, tailsitters VTOLs rotate their reference attitude by 90 degrees between hover mode and fixed wing mode, thus repr_offset_q is equal to [1, 0, 0, 0] in hover mode and equal to [0.7071, 0, 0.7071, 0] in fixed wing mode.
    /// MAVLink 2 extension field.
    public var reprOffsetQ: FixedArray<4, Float>

    public init(timeBootMs: UInt32 = 0, q1: Float = 0, q2: Float = 0, q3: Float = 0, q4: Float = 0, rollspeed: Float = 0, pitchspeed: Float = 0, yawspeed: Float = 0, reprOffsetQ: FixedArray<4, Float> = FixedArray(repeating: 0)) {
        self.timeBootMs = timeBootMs
        self.q1 = q1
        self.q2 = q2
        self.q3 = q3
        self.q4 = q4
        self.rollspeed = rollspeed
        self.pitchspeed = pitchspeed
        self.yawspeed = yawspeed
        self.reprOffsetQ = reprOffsetQ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        q1 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        q2 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        q3 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        q4 = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        rollspeed = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        pitchspeed = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        yawspeed = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        reprOffsetQ = FixedArray.load(from: _p, at: 32)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: q1, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: q2, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: q3, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: q4, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: rollspeed, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: pitchspeed, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: yawspeed, toByteOffset: 28, as: Float.self)
        reprOffsetQ.store(to: _p, at: 32)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("q1", q1)
        v.visit("q2", q2)
        v.visit("q3", q3)
        v.visit("q4", q4)
        v.visit("rollspeed", rollspeed)
        v.visit("pitchspeed", pitchspeed)
        v.visit("yawspeed", yawspeed)
        v.visit("repr_offset_q", reprOffsetQ)
    }
}
