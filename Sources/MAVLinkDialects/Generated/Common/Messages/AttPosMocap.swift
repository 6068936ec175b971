// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Motion capture attitude and position
///
/// MAVLink message `ATT_POS_MOCAP` (id 138).
public struct AttPosMocap: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 138 }
    @inlinable public static var name: StaticString { "ATT_POS_MOCAP" }
    @inlinable public static var crcExtra: UInt8 { 109 }
    @inlinable public static var minLength: Int { 36 }
    @inlinable public static var maxLength: Int { 120 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Attitude quaternion (w, x, y, z order, zero-rotation is 1, 0, 0, 0)
    public var q: FixedArray<4, Float>
    /// X position (NED)
    /// Units: m.
    public var x: Float
    /// Y position (NED)
    /// Units: m.
    public var y: Float
    /// Z position (NED)
    /// Units: m.
    public var z: Float
    /// Row-major representation of a pose 6x6 cross-covariance matrix upper right triangle (states: x, y, z, roll, pitch, yaw; first six entries are the first ROW, next five entries are the second ROW, etc.). If unknown, assign NaN value to first element in the array.
    /// MAVLink 2 extension field.
    public var covariance: FixedArray<21, Float>

    public init(timeUsec: UInt64 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), x: Float = 0, y: Float = 0, z: Float = 0, covariance: FixedArray<21, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.q = q
        self.x = x
        self.y = y
        self.z = z
        self.covariance = covariance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        q = FixedArray.load(from: _p, at: 8)
        x = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 36)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        q.store(to: _p, at: 8)
        _p.storeBytes(of: x, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 32, as: Float.self)
        covariance.store(to: _p, at: 36)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("q", q)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("covariance", covariance)
    }
}
