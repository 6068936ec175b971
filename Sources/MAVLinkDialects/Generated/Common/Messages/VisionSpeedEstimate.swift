// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Speed estimate from a vision source.
///
/// MAVLink message `VISION_SPEED_ESTIMATE` (id 103).
public struct VisionSpeedEstimate: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 103 }
    @inlinable public static var name: StaticString { "VISION_SPEED_ESTIMATE" }
    @inlinable public static var crcExtra: UInt8 { 208 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 57 }

    /// Timestamp (UNIX time or time since system boot)
    /// Units: us.
    public var usec: UInt64
    /// Global X speed
    /// Units: m/s.
    public var x: Float
    /// Global Y speed
    /// Units: m/s.
    public var y: Float
    /// Global Z speed
    /// Units: m/s.
    public var z: Float
    /// Row-major representation of 3x3 linear velocity covariance matrix (states: vx, vy, vz; 1st three entries - 1st row, etc.). If unknown, assign NaN value to first element in the array.
    /// MAVLink 2 extension field.
    public var covariance: FixedArray<9, Float>
    /// Estimate reset counter. This should be incremented when the estimate resets in any of the dimensions (position, velocity, attitude, angular speed). This is designed to be used when e.g an external SLAM system detects a loop-closure and the estimate jumps.
    /// MAVLink 2 extension field.
    public var resetCounter: UInt8

    public init(usec: UInt64 = 0, x: Float = 0, y: Float = 0, z: Float = 0, covariance: FixedArray<9, Float> = FixedArray(repeating: 0), resetCounter: UInt8 = 0) {
        self.usec = usec
        self.x = x
        self.y = y
        self.z = z
        self.covariance = covariance
        self.resetCounter = resetCounter
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        usec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        x = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 20)
        resetCounter = _p.loadUnaligned(fromByteOffset: 56, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: usec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: x, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 16, as: Float.self)
        covariance.store(to: _p, at: 20)
        _p.storeBytes(of: resetCounter, toByteOffset: 56, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("usec", usec)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("covariance", covariance)
        v.visit("reset_counter", resetCounter)
    }
}
