// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of secondary AHRS filter if available.
///
/// MAVLink message `AHRS2` (id 178).
public struct Ahrs2: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 178 }
    @inlinable public static var name: StaticString { "AHRS2" }
    @inlinable public static var crcExtra: UInt8 { 47 }
    @inlinable public static var minLength: Int { 24 }
    @inlinable public static var maxLength: Int { 24 }

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

    public init(roll: Float = 0, pitch: Float = 0, yaw: Float = 0, altitude: Float = 0, lat: Int32 = 0, lng: Int32 = 0) {
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.altitude = altitude
        self.lat = lat
        self.lng = lng
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        roll = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        altitude = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        lat = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: roll, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: altitude, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: lat, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 20, as: Int32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("altitude", altitude)
        v.visit("lat", lat)
        v.visit("lng", lng)
    }
}
