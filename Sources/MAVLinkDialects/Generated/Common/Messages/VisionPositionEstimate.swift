// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Local position/attitude estimate from a vision source.
///
/// MAVLink message `VISION_POSITION_ESTIMATE` (id 102).
public struct VisionPositionEstimate: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 102 }
    @inlinable public static var name: StaticString { "VISION_POSITION_ESTIMATE" }
    @inlinable public static var crcExtra: UInt8 { 158 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 117 }

    /// Timestamp (UNIX time or time since system boot)
    /// Units: us.
    public var usec: UInt64
    /// Local X position
    /// Units: m.
    public var x: Float
    /// Local Y position
    /// Units: m.
    public var y: Float
    /// Local Z position
    /// Units: m.
    public var z: Float
    /// Roll angle
    /// Units: rad.
    public var roll: Float
    /// Pitch angle
    /// Units: rad.
    public var pitch: Float
    /// Yaw angle
    /// Units: rad.
    public var yaw: Float
    /// Row-major representation of pose 6x6 cross-covariance matrix upper right triangle (states: x, y, z, roll, pitch, yaw; first six entries are the first ROW, next five entries are the second ROW, etc.). If unknown, assign NaN value to first element in the array.
    /// MAVLink 2 extension field.
    public var covariance: FixedArray<21, Float>
    /// Estimate reset counter. This should be incremented when the estimate resets in any of the dimensions (position, velocity, attitude, angular speed). This is designed to be used when e.g an external SLAM system detects a loop-closure and the estimate jumps.
    /// MAVLink 2 extension field.
    public var resetCounter: UInt8

    public init(usec: UInt64 = 0, x: Float = 0, y: Float = 0, z: Float = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, covariance: FixedArray<21, Float> = FixedArray(repeating: 0), resetCounter: UInt8 = 0) {
        self.usec = usec
        self.x = x
        self.y = y
        self.z = z
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.covariance = covariance
        self.resetCounter = resetCounter
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        usec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        x = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        roll = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 32)
        resetCounter = _p.loadUnaligned(fromByteOffset: 116, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: usec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: x, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: roll, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 28, as: Float.self)
        covariance.store(to: _p, at: 32)
        _p.storeBytes(of: resetCounter, toByteOffset: 116, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("usec", usec)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("covariance", covariance)
        v.visit("reset_counter", resetCounter)
    }
}
