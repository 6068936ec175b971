// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Describe a trajectory using an array of up-to 5 waypoints in the local frame (MAV_FRAME_LOCAL_NED).
///
/// MAVLink message `TRAJECTORY_REPRESENTATION_WAYPOINTS` (id 332). Deprecated.
public struct TrajectoryRepresentationWaypoints: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 332 }
    @inlinable public static var name: StaticString { "TRAJECTORY_REPRESENTATION_WAYPOINTS" }
    @inlinable public static var crcExtra: UInt8 { 236 }
    @inlinable public static var minLength: Int { 239 }
    @inlinable public static var maxLength: Int { 239 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Number of valid points (up-to 5 waypoints are possible)
    public var validPoints: UInt8
    /// X-coordinate of waypoint, set to NaN if not being used
    /// Units: m.
    public var posX: FixedArray<5, Float>
    /// Y-coordinate of waypoint, set to NaN if not being used
    /// Units: m.
    public var posY: FixedArray<5, Float>
    /// Z-coordinate of waypoint, set to NaN if not being used
    /// Units: m.
    public var posZ: FixedArray<5, Float>
    /// X-velocity of waypoint, set to NaN if not being used
    /// Units: m/s.
    public var velX: FixedArray<5, Float>
    /// Y-velocity of waypoint, set to NaN if not being used
    /// Units: m/s.
    public var velY: FixedArray<5, Float>
    /// Z-velocity of waypoint, set to NaN if not being used
    /// Units: m/s.
    public var velZ: FixedArray<5, Float>
    /// X-acceleration of waypoint, set to NaN if not being used
    /// Units: m/s/s.
    public var accX: FixedArray<5, Float>
    /// Y-acceleration of waypoint, set to NaN if not being used
    /// Units: m/s/s.
    public var accY: FixedArray<5, Float>
    /// Z-acceleration of waypoint, set to NaN if not being used
    /// Units: m/s/s.
    public var accZ: FixedArray<5, Float>
    /// Yaw angle, set to NaN if not being used
    /// Units: rad.
    public var posYaw: FixedArray<5, Float>
    /// Yaw rate, set to NaN if not being used
    /// Units: rad/s.
    public var velYaw: FixedArray<5, Float>
    /// MAV_CMD command id of waypoint, set to UINT16_MAX if not being used.
    /// Values: `MAVCmd`.
    public var command: FixedArray<5, UInt16>

    public init(timeUsec: UInt64 = 0, validPoints: UInt8 = 0, posX: FixedArray<5, Float> = FixedArray(repeating: 0), posY: FixedArray<5, Float> = FixedArray(repeating: 0), posZ: FixedArray<5, Float> = FixedArray(repeating: 0), velX: FixedArray<5, Float> = FixedArray(repeating: 0), velY: FixedArray<5, Float> = FixedArray(repeating: 0), velZ: FixedArray<5, Float> = FixedArray(repeating: 0), accX: FixedArray<5, Float> = FixedArray(repeating: 0), accY: FixedArray<5, Float> = FixedArray(repeating: 0), accZ: FixedArray<5, Float> = FixedArray(repeating: 0), posYaw: FixedArray<5, Float> = FixedArray(repeating: 0), velYaw: FixedArray<5, Float> = FixedArray(repeating: 0), command: FixedArray<5, UInt16> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.validPoints = validPoints
        self.posX = posX
        self.posY = posY
        self.posZ = posZ
        self.velX = velX
        self.velY = velY
        self.velZ = velZ
        self.accX = accX
        self.accY = accY
        self.accZ = accZ
        self.posYaw = posYaw
        self.velYaw = velYaw
        self.command = command
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        posX = FixedArray.load(from: _p, at: 8)
        posY = FixedArray.load(from: _p, at: 28)
        posZ = FixedArray.load(from: _p, at: 48)
        velX = FixedArray.load(from: _p, at: 68)
        velY = FixedArray.load(from: _p, at: 88)
        velZ = FixedArray.load(from: _p, at: 108)
        accX = FixedArray.load(from: _p, at: 128)
        accY = FixedArray.load(from: _p, at: 148)
        accZ = FixedArray.load(from: _p, at: 168)
        posYaw = FixedArray.load(from: _p, at: 188)
        velYaw = FixedArray.load(from: _p, at: 208)
        command = FixedArray.load(from: _p, at: 228)
        validPoints = _p.loadUnaligned(fromByteOffset: 238, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        posX.store(to: _p, at: 8)
        posY.store(to: _p, at: 28)
        posZ.store(to: _p, at: 48)
        velX.store(to: _p, at: 68)
        velY.store(to: _p, at: 88)
        velZ.store(to: _p, at: 108)
        accX.store(to: _p, at: 128)
        accY.store(to: _p, at: 148)
        accZ.store(to: _p, at: 168)
        posYaw.store(to: _p, at: 188)
        velYaw.store(to: _p, at: 208)
        command.store(to: _p, at: 228)
        _p.storeBytes(of: validPoints, toByteOffset: 238, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("valid_points", validPoints)
        v.visit("pos_x", posX)
        v.visit("pos_y", posY)
        v.visit("pos_z", posZ)
        v.visit("vel_x", velX)
        v.visit("vel_y", velY)
        v.visit("vel_z", velZ)
        v.visit("acc_x", accX)
        v.visit("acc_y", accY)
        v.visit("acc_z", accZ)
        v.visit("pos_yaw", posYaw)
        v.visit("vel_yaw", velYaw)
        v.visit("command", command)
    }
}
