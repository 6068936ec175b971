// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Vehicle status report that is sent out while orbit execution is in progress (see MAV_CMD_DO_ORBIT).
///
/// MAVLink message `ORBIT_EXECUTION_STATUS` (id 360).
public struct OrbitExecutionStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 360 }
    @inlinable public static var name: StaticString { "ORBIT_EXECUTION_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 11 }
    @inlinable public static var minLength: Int { 25 }
    @inlinable public static var maxLength: Int { 25 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Radius of the orbit circle. Positive values orbit clockwise, negative values orbit counter-clockwise.
    /// Units: m.
    public var radius: Float
    /// The coordinate system of the fields: x, y, z.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// X coordinate of center point. Coordinate system depends on frame field: local = x position in meters * 1e4, global = latitude in degrees * 1e7.
    public var x: Int32
    /// Y coordinate of center point.  Coordinate system depends on frame field: local = x position in meters * 1e4, global = latitude in degrees * 1e7.
    public var y: Int32
    /// Altitude of center point. Coordinate system depends on frame field.
    /// Units: m.
    public var z: Float

    public init(timeUsec: UInt64 = 0, radius: Float = 0, frame: MAVFrame = MAVFrame(rawValue: 0), x: Int32 = 0, y: Int32 = 0, z: Float = 0) {
        self.timeUsec = timeUsec
        self.radius = radius
        self.frame = frame
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        radius = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        x = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        y = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        z = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: radius, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: x, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: y, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: z, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 24, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("radius", radius)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
    }
}
