// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Publishes the GPS coordinates of the vehicle local origin (0,0,0) position. Emitted whenever a new GPS-Local position mapping is requested or set - e.g. following SET_GPS_GLOBAL_ORIGIN message.
///
/// MAVLink message `GPS_GLOBAL_ORIGIN` (id 49).
public struct GpsGlobalOrigin: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 49 }
    @inlinable public static var name: StaticString { "GPS_GLOBAL_ORIGIN" }
    @inlinable public static var crcExtra: UInt8 { 39 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 20 }

    /// Latitude (WGS84)
    /// Units: degE7.
    public var latitude: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var longitude: Int32
    /// Altitude (MSL). Positive for up.
    /// Units: mm.
    public var altitude: Int32
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var timeUsec: UInt64

    public init(latitude: Int32 = 0, longitude: Int32 = 0, altitude: Int32 = 0, timeUsec: UInt64 = 0) {
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude
        self.timeUsec = timeUsec
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        latitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        altitude = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        timeUsec = _p.loadUnaligned(fromByteOffset: 12, as: UInt64.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: latitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: altitude, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: timeUsec, toByteOffset: 12, as: UInt64.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude", altitude)
        v.visit("time_usec", timeUsec)
    }
}
