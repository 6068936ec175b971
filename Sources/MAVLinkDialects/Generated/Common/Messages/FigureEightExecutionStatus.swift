// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Vehicle status report that is sent out while figure eight execution is in progress (see MAV_CMD_DO_FIGURE_EIGHT).
/// This may typically send at low rates: of the order of 2Hz.
///
/// MAVLink message `FIGURE_EIGHT_EXECUTION_STATUS` (id 361).
public struct FigureEightExecutionStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 361 }
    @inlinable public static var name: StaticString { "FIGURE_EIGHT_EXECUTION_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 93 }
    @inlinable public static var minLength: Int { 33 }
    @inlinable public static var maxLength: Int { 33 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Major axis radius of the figure eight. Positive: orbit the north circle clockwise. Negative: orbit the north circle counter-clockwise.
    /// Units: m.
    public var majorRadius: Float
    /// Minor axis radius of the figure eight. Defines the radius of two circles that make up the figure.
    /// Units: m.
    public var minorRadius: Float
    /// Orientation of the figure eight major axis with respect to true north in [-pi,pi).
    /// Units: rad.
    public var orientation: Float
    /// The coordinate system of the fields: x, y, z.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// X coordinate of center point. Coordinate system depends on frame field.
    public var x: Int32
    /// Y coordinate of center point. Coordinate system depends on frame field.
    public var y: Int32
    /// Altitude of center point. Coordinate system depends on frame field.
    /// Units: m.
    public var z: Float

    public init(timeUsec: UInt64 = 0, majorRadius: Float = 0, minorRadius: Float = 0, orientation: Float = 0, frame: MAVFrame = MAVFrame(rawValue: 0), x: Int32 = 0, y: Int32 = 0, z: Float = 0) {
        self.timeUsec = timeUsec
        self.majorRadius = majorRadius
        self.minorRadius = minorRadius
        self.orientation = orientation
        self.frame = frame
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        majorRadius = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        minorRadius = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        orientation = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        x = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        y = _p.loadUnaligned(fromByteOffset: 24, as: Int32.self)
        z = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: majorRadius, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: minorRadius, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: orientation, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: x, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: y, toByteOffset: 24, as: Int32.self)
        _p.storeBytes(of: z, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 32, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("major_radius", majorRadius)
        v.visit("minor_radius", minorRadius)
        v.visit("orientation", orientation)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
    }
}
