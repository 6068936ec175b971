// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Obstacle distances in front of the sensor, starting from the left in increment degrees to the right
///
/// MAVLink message `OBSTACLE_DISTANCE` (id 330).
public struct ObstacleDistance: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 330 }
    @inlinable public static var name: StaticString { "OBSTACLE_DISTANCE" }
    @inlinable public static var crcExtra: UInt8 { 23 }
    @inlinable public static var minLength: Int { 158 }
    @inlinable public static var maxLength: Int { 167 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Class id of the distance sensor type.
    /// Values: `MAVDistanceSensor`.
    public var sensorType: MAVDistanceSensor
    /// Distance of obstacles around the vehicle with index 0 corresponding to north + angle_offset, unless otherwise specified in the frame. A value of 0 is valid and means that the obstacle is practically touching the sensor. A value of max_distance +1 means no obstacle is present. A value of UINT16_MAX for unknown/not used. In a array element, one unit corresponds to 1cm.
    /// Units: cm.
    public var distances: FixedArray<72, UInt16>
    /// Angular width in degrees of each array element. Increment direction is clockwise. This field is ignored if increment_f is non-zero.
    /// Units: deg.
    public var increment: UInt8
    /// Minimum distance the sensor can measure.
    /// Units: cm.
    public var minDistance: UInt16
    /// Maximum distance the sensor can measure.
    /// Units: cm.
    public var maxDistance: UInt16
    /// Angular width in degrees of each array element as a float. If non-zero then this value is used instead of the uint8_t increment field. Positive is clockwise direction, negative is counter-clockwise.
    /// Units: deg.
    /// MAVLink 2 extension field.
    public var incrementF: Float
    /// Relative angle offset of the 0-index element in the distances array. Value of 0 corresponds to forward. Positive is clockwise direction, negative is counter-clockwise.
    /// Units: deg.
    /// MAVLink 2 extension field.
    public var angleOffset: Float
    /// Coordinate frame of reference for the yaw rotation and offset of the sensor data. Defaults to MAV_FRAME_GLOBAL, which is north aligned. For body-mounted sensors use MAV_FRAME_BODY_FRD, which is vehicle front aligned.
    /// Values: `MAVFrame`.
    /// MAVLink 2 extension field.
    public var frame: MAVFrame

    public init(timeUsec: UInt64 = 0, sensorType: MAVDistanceSensor = MAVDistanceSensor(rawValue: 0), distances: FixedArray<72, UInt16> = FixedArray(repeating: 0), increment: UInt8 = 0, minDistance: UInt16 = 0, maxDistance: UInt16 = 0, incrementF: Float = 0, angleOffset: Float = 0, frame: MAVFrame = MAVFrame(rawValue: 0)) {
        self.timeUsec = timeUsec
        self.sensorType = sensorType
        self.distances = distances
        self.increment = increment
        self.minDistance = minDistance
        self.maxDistance = maxDistance
        self.incrementF = incrementF
        self.angleOffset = angleOffset
        self.frame = frame
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        distances = FixedArray.load(from: _p, at: 8)
        minDistance = _p.loadUnaligned(fromByteOffset: 152, as: UInt16.self)
        maxDistance = _p.loadUnaligned(fromByteOffset: 154, as: UInt16.self)
        sensorType = MAVDistanceSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 156, as: UInt8.self)))
        increment = _p.loadUnaligned(fromByteOffset: 157, as: UInt8.self)
        incrementF = _p.loadUnaligned(fromByteOffset: 158, as: Float.self)
        angleOffset = _p.loadUnaligned(fromByteOffset: 162, as: Float.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 166, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        distances.store(to: _p, at: 8)
        _p.storeBytes(of: minDistance, toByteOffset: 152, as: UInt16.self)
        _p.storeBytes(of: maxDistance, toByteOffset: 154, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: sensorType.rawValue), toByteOffset: 156, as: UInt8.self)
        _p.storeBytes(of: increment, toByteOffset: 157, as: UInt8.self)
        _p.storeBytes(of: incrementF, toByteOffset: 158, as: Float.self)
        _p.storeBytes(of: angleOffset, toByteOffset: 162, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 166, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("sensor_type", UInt8(truncatingIfNeeded: sensorType.rawValue))
        v.visit("distances", distances)
        v.visit("increment", increment)
        v.visit("min_distance", minDistance)
        v.visit("max_distance", maxDistance)
        v.visit("increment_f", incrementF)
        v.visit("angle_offset", angleOffset)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
    }
}
