// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Obstacle located as a 3D vector.
///
/// MAVLink message `OBSTACLE_DISTANCE_3D` (id 11037).
public struct ObstacleDistance3d: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11037 }
    @inlinable public static var name: StaticString { "OBSTACLE_DISTANCE_3D" }
    @inlinable public static var crcExtra: UInt8 { 130 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Class id of the distance sensor type.
    /// Values: `MAVDistanceSensor`.
    public var sensorType: MAVDistanceSensor
    /// Coordinate frame of reference.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// Unique ID given to each obstacle so that its movement can be tracked. Use UINT16_MAX if object ID is unknown or cannot be determined.
    public var obstacleId: UInt16
    /// X position of the obstacle.
    /// Units: m.
    public var x: Float
    /// Y position of the obstacle.
    /// Units: m.
    public var y: Float
    /// Z position of the obstacle.
    /// Units: m.
    public var z: Float
    /// Minimum distance the sensor can measure.
    /// Units: m.
    public var minDistance: Float
    /// Maximum distance the sensor can measure.
    /// Units: m.
    public var maxDistance: Float

    public init(timeBootMs: UInt32 = 0, sensorType: MAVDistanceSensor = MAVDistanceSensor(rawValue: 0), frame: MAVFrame = MAVFrame(rawValue: 0), obstacleId: UInt16 = 0, x: Float = 0, y: Float = 0, z: Float = 0, minDistance: Float = 0, maxDistance: Float = 0) {
        self.timeBootMs = timeBootMs
        self.sensorType = sensorType
        self.frame = frame
        self.obstacleId = obstacleId
        self.x = x
        self.y = y
        self.z = z
        self.minDistance = minDistance
        self.maxDistance = maxDistance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        x = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        minDistance = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        maxDistance = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        obstacleId = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        sensorType = MAVDistanceSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: x, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: minDistance, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: maxDistance, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: obstacleId, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: sensorType.rawValue), toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 27, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("sensor_type", UInt8(truncatingIfNeeded: sensorType.rawValue))
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("obstacle_id", obstacleId)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("min_distance", minDistance)
        v.visit("max_distance", maxDistance)
    }
}
