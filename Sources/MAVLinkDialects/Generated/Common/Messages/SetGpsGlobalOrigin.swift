// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sets the GPS coordinates of the vehicle local origin (0,0,0) position. Vehicle should emit GPS_GLOBAL_ORIGIN irrespective of whether the origin is changed. This enables transform between the local coordinate frame and the global (GPS) coordinate frame, which may be necessary when (for example) indoor and outdoor settings are connected and the MAV should move from in- to outdoor.
///
/// MAVLink message `SET_GPS_GLOBAL_ORIGIN` (id 48).
public struct SetGpsGlobalOrigin: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 48 }
    @inlinable public static var name: StaticString { "SET_GPS_GLOBAL_ORIGIN" }
    @inlinable public static var crcExtra: UInt8 { 41 }
    @inlinable public static var minLength: Int { 13 }
    @inlinable public static var maxLength: Int { 21 }

    /// System ID
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
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    /// MAVLink 2 extension field.
    public var timeUsec: UInt64

    public init(targetSystem: UInt8 = 0, latitude: Int32 = 0, longitude: Int32 = 0, altitude: Int32 = 0, timeUsec: UInt64 = 0) {
        self.targetSystem = targetSystem
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude
        self.timeUsec = timeUsec
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        latitude = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        altitude = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        timeUsec = _p.loadUnaligned(fromByteOffset: 13, as: UInt64.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: latitude, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: altitude, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: timeUsec, toByteOffset: 13, as: UInt64.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude", altitude)
        v.visit("time_usec", timeUsec)
    }
}
