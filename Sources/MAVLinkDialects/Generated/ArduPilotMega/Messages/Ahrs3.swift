// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of third AHRS filter if available. This is for ANU research group (Ali and Sean).
///
/// MAVLink message `AHRS3` (id 182).
public struct Ahrs3: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 182 }
    @inlinable public static var name: StaticString { "AHRS3" }
    @inlinable public static var crcExtra: UInt8 { 229 }
    @inlinable public static var minLength: Int { 40 }
    @inlinable public static var maxLength: Int { 40 }

    /// Roll angle.
    /// Units: rad.
    public var roll: Float
    /// Pitch angle.
    /// Units: rad.
    public var pitch: Float
    /// Yaw angle.
    /// Units: rad.
    public var yaw: Float
    /// Altitude (MSL).
    /// Units: m.
    public var altitude: Float
    /// Latitude.
    /// Units: degE7.
    public var lat: Int32
    /// Longitude.
    /// Units: degE7.
    public var lng: Int32
    /// Test variable1.
    public var v1: Float
    /// Test variable2.
    public var v2: Float
    /// Test variable3.
    public var v3: Float
    /// Test variable4.
    public var v4: Float

    public init(roll: Float = 0, pitch: Float = 0, yaw: Float = 0, altitude: Float = 0, lat: Int32 = 0, lng: Int32 = 0, v1: Float = 0, v2: Float = 0, v3: Float = 0, v4: Float = 0) {
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.altitude = altitude
        self.lat = lat
        self.lng = lng
        self.v1 = v1
        self.v2 = v2
        self.v3 = v3
        self.v4 = v4
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        roll = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        altitude = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        lat = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        v1 = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        v2 = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        v3 = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        v4 = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: roll, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: altitude, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: lat, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: v1, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: v2, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: v3, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: v4, toByteOffset: 36, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("altitude", altitude)
        v.visit("lat", lat)
        v.visit("lng", lng)
        v.visit("v1", v1)
        v.visit("v2", v2)
        v.visit("v3", v3)
        v.visit("v4", v4)
    }
}
