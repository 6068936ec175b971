// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sets the home position.
/// The home position is the default position that the system will return to and land on.
/// The position is set automatically by the system during the takeoff (and may also be set using this message).
/// The global and local positions encode the position in the respective coordinate frames, while the q parameter encodes the orientation of the surface.
/// Under normal conditions it describes the heading and terrain slope, which can be used by the aircraft to adjust the approach.
/// The approach 3D vector describes the point to which the system should fly in normal flight mode and then perform a landing sequence along the vector.
/// Note: the current home position may be emitted in a HOME_POSITION message on request (using MAV_CMD_REQUEST_MESSAGE with param1=242).
///
/// MAVLink message `SET_HOME_POSITION` (id 243).
public struct SetHomePosition: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 243 }
    @inlinable public static var name: StaticString { "SET_HOME_POSITION" }
    @inlinable public static var crcExtra: UInt8 { 85 }
    @inlinable public static var minLength: Int { 53 }
    @inlinable public static var maxLength: Int { 61 }

    /// System ID.
    public var targetSystem: UInt8
    /// Latitude (WGS84)
    /// Units: degE7.
    public var latitude: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var longitude: Int32
    /// Altitude (MSL). Positive for up.
    /// Units: mm.
    public var altitude: Int32
    /// Local X position of this position in the local coordinate frame (NED)
    /// Units: m.
    public var x: Float
    /// Local Y position of this position in the local coordinate frame (NED)
    /// Units: m.
    public var y: Float
    /// Local Z position of this position in the local coordinate frame (NED: positive "down")
    /// Units: m.
    public var z: Float
    /// World to surface normal and heading transformation of the takeoff position. Used to indicate the heading and slope of the ground
    public var q: FixedArray<4, Float>
    /// Local X position of the end of the approach vector. Multicopters should set this position based on their takeoff path. Grass-landing fixed wing aircraft should set it the same way as multicopters. Runway-landing fixed wing aircraft should set it to the opposite direction of the takeoff, assuming the takeoff happened from the threshold / touchdown zone.
    /// Units: m.
    public var approachX: Float
    /// Local Y position of the end of the approach vector. Multicopters should set this position based on their takeoff path. Grass-landing fixed wing aircraft should set it the same way as multicopters. Runway-landing fixed wing aircraft should set it to the opposite direction of the takeoff, assuming the takeoff happened from the threshold / touchdown zone.
    /// Units: m.
    public var approachY: Float
    /// Local Z position of the end of the approach vector. Multicopters should set this position based on their takeoff path. Grass-landing fixed wing aircraft should set it the same way as multicopters. Runway-landing fixed wing aircraft should set it to the opposite direction of the takeoff, assuming the takeoff happened from the threshold / touchdown zone.
    /// Units: m.
    public var approachZ: Float
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var timeUsec: UInt64

    public init(targetSystem: UInt8 = 0, latitude: Int32 = 0, longitude: Int32 = 0, altitude: Int32 = 0, x: Float = 0, y: Float = 0, z: Float = 0, q: FixedArray<4, Float> = FixedArray(repeating: 0), approachX: Float = 0, approachY: Float = 0, approachZ: Float = 0, timeUsec: UInt64 = 0) {
        self.targetSystem = targetSystem
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude
        self.x = x
        self.y = y
        self.z = z
        self.q = q
        self.approachX = approachX
        self.approachY = approachY
        self.approachZ = approachZ
        self.timeUsec = timeUsec
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        latitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        altitude = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        x = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        y = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        z = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        q = FixedArray.load(from: _p, at: 24)
        approachX = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        approachY = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        approachZ = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 52, as: UInt8.self)
        timeUsec = _p.loadUnaligned(fromByteOffset: 53, as: UInt64.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: latitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: altitude, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: x, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: y, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: z, toByteOffset: 20, as: Float.self)
        q.store(to: _p, at: 24)
        _p.storeBytes(of: approachX, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: approachY, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: approachZ, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 52, as: UInt8.self)
        _p.storeBytes(of: timeUsec, toByteOffset: 53, as: UInt64.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude", altitude)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("q", q)
        v.visit("approach_x", approachX)
        v.visit("approach_y", approachY)
        v.visit("approach_z", approachZ)
        v.visit("time_usec", timeUsec)
    }
}
