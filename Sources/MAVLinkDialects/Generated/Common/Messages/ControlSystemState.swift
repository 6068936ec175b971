// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The smoothed, monotonic system state used to feed the control loops of the system.
///
/// MAVLink message `CONTROL_SYSTEM_STATE` (id 146).
public struct ControlSystemState: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 146 }
    @inlinable public static var name: StaticString { "CONTROL_SYSTEM_STATE" }
    @inlinable public static var crcExtra: UInt8 { 103 }
    @inlinable public static var minLength: Int { 100 }
    @inlinable public static var maxLength: Int { 100 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// X acceleration in body frame
    /// Units: m/s/s.
    public var xAcc: Float
    /// Y acceleration in body frame
    /// Units: m/s/s.
    public var yAcc: Float
    /// Z acceleration in body frame
    /// Units: m/s/s.
    public var zAcc: Float
    /// X velocity in body frame
    /// Units: m/s.
    public var xVel: Float
    /// Y velocity in body frame
    /// Units: m/s.
    public var yVel: Float
    /// Z velocity in body frame
    /// Units: m/s.
    public var zVel: Float
    /// X position in local frame
    /// Units: m.
    public var xPos: Float
    /// Y position in local frame
    /// Units: m.
    public var yPos: Float
    /// Z position in local frame
    /// Units: m.
    public var zPos: Float
    /// Airspeed, set to -1 if unknown
    /// Units: m/s.
    public var airspeed: Float
    /// Variance of body velocity estimate
    public var velVariance: FixedArray<3, Float>
    /// Variance in local position
    public var posVariance: FixedArray<3, Float>
    /// The attitude, represented as Quaternion
    public var q: FixedArray<4, Float>
    /// Angular rate in roll axis
    /// Units: rad/s.
    public var rollRate: Float
    /// Angular rate in pitch axis
    /// Units: rad/s.
    public var pitchRate: Float
    /// Angular rate in yaw axis
    /// Units: rad/s.
    public var yawRate: Float

    public init(timeUsec: UInt64 = 0, xAcc: Float = 0, yAcc: Float = 0, zAcc: Float = 0, xVel: Float = 0, yVel: Float = 0, zVel: Float = 0, xPos: Float = 0, yPos: Float = 0, zPos: Float = 0, airspeed: Float = 0, velVariance: FixedArray<3, Float> = FixedArray(repeating: 0), posVariance: FixedArray<3, Float> = FixedArray(repeating: 0), q: FixedArray<4, Float> = FixedArray(repeating: 0), rollRate: Float = 0, pitchRate: Float = 0, yawRate: Float = 0) {
        self.timeUsec = timeUsec
        self.xAcc = xAcc
        self.yAcc = yAcc
        self.zAcc = zAcc
        self.xVel = xVel
        self.yVel = yVel
        self.zVel = zVel
        self.xPos = xPos
        self.yPos = yPos
        self.zPos = zPos
        self.airspeed = airspeed
        self.velVariance = velVariance
        self.posVariance = posVariance
        self.q = q
        self.rollRate = rollRate
        self.pitchRate = pitchRate
        self.yawRate = yawRate
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        xAcc = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        yAcc = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        zAcc = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        xVel = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yVel = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        zVel = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        xPos = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        yPos = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        zPos = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        airspeed = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        velVariance = FixedArray.load(from: _p, at: 48)
        posVariance = FixedArray.load(from: _p, at: 60)
        q = FixedArray.load(from: _p, at: 72)
        rollRate = _p.loadUnaligned(fromByteOffset: 88, as: Float.self)
        pitchRate = _p.loadUnaligned(fromByteOffset: 92, as: Float.self)
        yawRate = _p.loadUnaligned(fromByteOffset: 96, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: xAcc, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: yAcc, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: zAcc, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: xVel, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yVel, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: zVel, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: xPos, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: yPos, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: zPos, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: airspeed, toByteOffset: 44, as: Float.self)
        velVariance.store(to: _p, at: 48)
        posVariance.store(to: _p, at: 60)
        q.store(to: _p, at: 72)
        _p.storeBytes(of: rollRate, toByteOffset: 88, as: Float.self)
        _p.storeBytes(of: pitchRate, toByteOffset: 92, as: Float.self)
        _p.storeBytes(of: yawRate, toByteOffset: 96, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("x_acc", xAcc)
        v.visit("y_acc", yAcc)
        v.visit("z_acc", zAcc)
        v.visit("x_vel", xVel)
        v.visit("y_vel", yVel)
        v.visit("z_vel", zVel)
        v.visit("x_pos", xPos)
        v.visit("y_pos", yPos)
        v.visit("z_pos", zPos)
        v.visit("airspeed", airspeed)
        v.visit("vel_variance", velVariance)
        v.visit("pos_variance", posVariance)
        v.visit("q", q)
        v.visit("roll_rate", rollRate)
        v.visit("pitch_rate", pitchRate)
        v.visit("yaw_rate", yawRate)
    }
}
