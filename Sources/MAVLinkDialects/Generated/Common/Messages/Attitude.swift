// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The attitude in the aeronautical frame (right-handed, Z-down, Y-right, X-front, ZYX, intrinsic).
///
/// MAVLink message `ATTITUDE` (id 30).
public struct Attitude: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 30 }
    @inlinable public static var name: StaticString { "ATTITUDE" }
    @inlinable public static var crcExtra: UInt8 { 39 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Roll angle (-pi..+pi)
    /// Units: rad.
    public var roll: Float
    /// Pitch angle (-pi..+pi)
    /// Units: rad.
    public var pitch: Float
    /// Yaw angle (-pi..+pi)
    /// Units: rad.
    public var yaw: Float
    /// Roll angular speed
    /// Units: rad/s.
    public var rollspeed: Float
    /// Pitch angular speed
    /// Units: rad/s.
    public var pitchspeed: Float
    /// Yaw angular speed
    /// Units: rad/s.
    public var yawspeed: Float

    public init(timeBootMs: UInt32 = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, rollspeed: Float = 0, pitchspeed: Float = 0, yawspeed: Float = 0) {
        self.timeBootMs = timeBootMs
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.rollspeed = rollspeed
        self.pitchspeed = pitchspeed
        self.yawspeed = yawspeed
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        roll = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        rollspeed = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        pitchspeed = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yawspeed = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: roll, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: rollspeed, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: pitchspeed, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yawspeed, toByteOffset: 24, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("rollspeed", rollspeed)
        v.visit("pitchspeed", pitchspeed)
        v.visit("yawspeed", yawspeed)
    }
}
