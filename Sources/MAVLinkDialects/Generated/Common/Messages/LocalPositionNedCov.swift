// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The filtered local position (e.g. fused computer vision and accelerometers). Coordinate frame is right-handed, Z-axis down (aeronautical frame, NED / north-east-down convention)
///
/// MAVLink message `LOCAL_POSITION_NED_COV` (id 64).
public struct LocalPositionNedCov: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 64 }
    @inlinable public static var name: StaticString { "LOCAL_POSITION_NED_COV" }
    @inlinable public static var crcExtra: UInt8 { 191 }
    @inlinable public static var minLength: Int { 225 }
    @inlinable public static var maxLength: Int { 225 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Class id of the estimator this estimate originated from.
    /// Values: `MAVEstimatorType`.
    public var estimatorType: MAVEstimatorType
    /// X Position
    /// Units: m.
    public var x: Float
    /// Y Position
    /// Units: m.
    public var y: Float
    /// Z Position
    /// Units: m.
    public var z: Float
    /// X Speed
    /// Units: m/s.
    public var vx: Float
    /// Y Speed
    /// Units: m/s.
    public var vy: Float
    /// Z Speed
    /// Units: m/s.
    public var vz: Float
    /// X Acceleration
    /// Units: m/s/s.
    public var ax: Float
    /// Y Acceleration
    /// Units: m/s/s.
    public var ay: Float
    /// Z Acceleration
    /// Units: m/s/s.
    public var az: Float
    /// Row-major representation of position, velocity and acceleration 9x9 cross-covariance matrix upper right triangle (states: x, y, z, vx, vy, vz, ax, ay, az; first nine entries are the first ROW, next eight entries are the second row, etc.). If unknown, assign NaN value to first element in the array.
    public var covariance: FixedArray<45, Float>

    public init(timeUsec: UInt64 = 0, estimatorType: MAVEstimatorType = MAVEstimatorType(rawValue: 0), x: Float = 0, y: Float = 0, z: Float = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0, ax: Float = 0, ay: Float = 0, az: Float = 0, covariance: FixedArray<45, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.estimatorType = estimatorType
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.ax = ax
        self.ay = ay
        self.az = az
        self.covariance = covariance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        x = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        vx = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        ax = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        ay = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        az = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 44)
        estimatorType = MAVEstimatorType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 224, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: x, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: vx, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: ax, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: ay, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: az, toByteOffset: 40, as: Float.self)
        covariance.store(to: _p, at: 44)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: estimatorType.rawValue), toByteOffset: 224, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("estimator_type", UInt8(truncatingIfNeeded: estimatorType.rawValue))
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("ax", ax)
        v.visit("ay", ay)
        v.visit("az", az)
        v.visit("covariance", covariance)
    }
}
