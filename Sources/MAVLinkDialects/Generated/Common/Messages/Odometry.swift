// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Odometry message to communicate odometry information with an external interface. Fits ROS REP 147 standard for aerial vehicles (http://www.ros.org/reps/rep-0147.html).
///
/// MAVLink message `ODOMETRY` (id 331).
public struct Odometry: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 331 }
    @inlinable public static var name: StaticString { "ODOMETRY" }
    @inlinable public static var crcExtra: UInt8 { 91 }
    @inlinable public static var minLength: Int { 230 }
    @inlinable public static var maxLength: Int { 233 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Coordinate frame of reference for the pose data.
    /// Values: `MAVFrame`.
    public var frameId: MAVFrame
    /// Coordinate frame of reference for the velocity in free space (twist) data.
    /// Values: `MAVFrame`.
    public var childFrameId: MAVFrame
    /// X Position
    /// Units: m.
    public var x: Float
    /// Y Position
    /// Units: m.
    public var y: Float
    /// Z Position
    /// Units: m.
    public var z: Float
    /// Quaternion components, w, x, y, z (1 0 0 0 is the null-rotation)
    public var q: FixedArray<4, Float>
    /// X linear speed
    /// Units: m/s.
    public var vx: Float
    /// Y linear speed
    /// Units: m/s.
    public var vy: Float
    /// Z linear speed
    /// Units: m/s.
    public var vz: Float
    /// Roll angular speed
    /// Units: rad/s.
    public var rollspeed: Float
    /// Pitch angular speed
    /// Units: rad/s.
    public var pitchspeed: Float
    /// Yaw angular speed
    /// Units: rad/s.
    public var yawspeed: Float
    /// Row-major representation of a 6x6 pose cross-covariance matrix upper right triangle (states: x, y, z, roll, pitch, yaw; first six entries are the first ROW, next five entries are the second ROW, etc.). If unknown, assign NaN value to first element in the array.
    public var poseCovariance: FixedArray<21, Float>
    /// Row-major representation of a 6x6 velocity cross-covariance matrix upper right triangle (states: vx, vy, vz, rollspeed, pitchspeed, yawspeed; first six entries are the first ROW, next five entries are the second ROW, etc.). If unknown, assign NaN value to first element in the array.
    public var velocityCovariance: FixedArray<21, Float>
    /// Estimate reset counter. This should be incremented when the estimate resets in any of the dimensions (position, velocity, attitude, angular speed). This is designed to be used when e.g an external SLAM system detects a loop-closure and the estimate jumps.
    /// MAVLink 2 extension field.
    public var resetCounter: UInt8
    /// Type of estimator that is providing the odometry.
    /// Values: `MAVEstimatorType`.
    /// MAVLink 2 extension field.
    public var estimatorType: MAVEstimatorType
    /// Optional odometry quality metric as a percentage. -1 = odometry has failed, 0 = unknown/unset quality, 1 = worst quality, 100 = best quality
    /// Units: %.
    /// MAVLink 2 extension field.
    public var quality: Int8

    public init(timeUsec: UInt64 = 0, frameId: MAVFrame = MAVFrame(rawValue: 0), childFrameId: MAVFrame = MAVFrame(rawValue: 0), x: Float = 0, y: Float = 0, z: Float = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), vx: Float = 0, vy: Float = 0, vz: Float = 0, rollspeed: Float = 0, pitchspeed: Float = 0, yawspeed: Float = 0, poseCovariance: FixedArray<21, Float> = FixedArray(repeating: 0), velocityCovariance: FixedArray<21, Float> = FixedArray(repeating: 0), resetCounter: UInt8 = 0, estimatorType: MAVEstimatorType = MAVEstimatorType(rawValue: 0), quality: Int8 = 0) {
        self.timeUsec = timeUsec
        self.frameId = frameId
        self.childFrameId = childFrameId
        self.x = x
        self.y = y
        self.z = z
        self.q = q
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.rollspeed = rollspeed
        self.pitchspeed = pitchspeed
        self.yawspeed = yawspeed
        self.poseCovariance = poseCovariance
        self.velocityCovariance = velocityCovariance
        self.resetCounter = resetCounter
        self.estimatorType = estimatorType
        self.quality = quality
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        x = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        q = FixedArray.load(from: _p, at: 20)
        vx = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        rollspeed = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        pitchspeed = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        yawspeed = _p.loadUnaligned(fromByteOffset: 56, as: Float.self)
        poseCovariance = FixedArray.load(from: _p, at: 60)
        velocityCovariance = FixedArray.load(from: _p, at: 144)
        frameId = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 228, as: UInt8.self)))
        childFrameId = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 229, as: UInt8.self)))
        resetCounter = _p.loadUnaligned(fromByteOffset: 230, as: UInt8.self)
        estimatorType = MAVEstimatorType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 231, as: UInt8.self)))
        quality = _p.loadUnaligned(fromByteOffset: 232, as: Int8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: x, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 16, as: Float.self)
        q.store(to: _p, at: 20)
        _p.storeBytes(of: vx, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: rollspeed, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: pitchspeed, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: yawspeed, toByteOffset: 56, as: Float.self)
        poseCovariance.store(to: _p, at: 60)
        velocityCovariance.store(to: _p, at: 144)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frameId.rawValue), toByteOffset: 228, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: childFrameId.rawValue), toByteOffset: 229, as: UInt8.self)
        _p.storeBytes(of: resetCounter, toByteOffset: 230, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: estimatorType.rawValue), toByteOffset: 231, as: UInt8.self)
        _p.storeBytes(of: quality, toByteOffset: 232, as: Int8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("frame_id", UInt8(truncatingIfNeeded: frameId.rawValue))
        v.visit("child_frame_id", UInt8(truncatingIfNeeded: childFrameId.rawValue))
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("q", q)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("rollspeed", rollspeed)
        v.visit("pitchspeed", pitchspeed)
        v.visit("yawspeed", yawspeed)
        v.visit("pose_covariance", poseCovariance)
        v.visit("velocity_covariance", velocityCovariance)
        v.visit("reset_counter", resetCounter)
        v.visit("estimator_type", UInt8(truncatingIfNeeded: estimatorType.rawValue))
        v.visit("quality", quality)
    }
}
