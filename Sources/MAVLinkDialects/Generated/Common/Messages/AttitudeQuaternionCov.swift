// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The attitude in the aeronautical frame (right-handed, Z-down, X-front, Y-right), expressed as quaternion. Quaternion order is w, x, y, z and a zero rotation would be expressed as (1 0 0 0).
///
/// MAVLink message `ATTITUDE_QUATERNION_COV` (id 61).
public struct AttitudeQuaternionCov: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 61 }
    @inlinable public static var name: StaticString { "ATTITUDE_QUATERNION_COV" }
    @inlinable public static var crcExtra: UInt8 { 167 }
    @inlinable public static var minLength: Int { 72 }
    @inlinable public static var maxLength: Int { 72 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Quaternion components, w, x, y, z (1 0 0 0 is the null-rotation)
    public var q: FixedArray<4, Float>
    /// Roll angular speed
    /// Units: rad/s.
    public var rollspeed: Float
    /// Pitch angular speed
    /// Units: rad/s.
    public var pitchspeed: Float
    /// Yaw angular speed
    /// Units: rad/s.
    public var yawspeed: Float
    /// Row-major representation of a 3x3 attitude covariance matrix (states: roll, pitch, yaw; first three entries are the first ROW, next three entries are the second row, etc.). If unknown, assign NaN value to first element in the array.
    public var covariance: FixedArray<9, Float>

    public init(timeUsec: UInt64 = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), rollspeed: Float = 0, pitchspeed: Float = 0, yawspeed: Float = 0, covariance: FixedArray<9, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.q = q
        self.rollspeed = rollspeed
        self.pitchspeed = pitchspeed
        self.yawspeed = yawspeed
        self.covariance = covariance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        q = FixedArray.load(from: _p, at: 8)
        rollspeed = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        pitchspeed = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        yawspeed = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 36)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        q.store(to: _p, at: 8)
        _p.storeBytes(of: rollspeed, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: pitchspeed, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: yawspeed, toByteOffset: 32, as: Float.self)
        covariance.store(to: _p, at: 36)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("q", q)
        v.visit("rollspeed", rollspeed)
        v.visit("pitchspeed", pitchspeed)
        v.visit("yawspeed", yawspeed)
        v.visit("covariance", covariance)
    }
}
