// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Second GPS data.
///
/// MAVLink message `GPS2_RAW` (id 124).
public struct Gps2Raw: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 124 }
    @inlinable public static var name: StaticString { "GPS2_RAW" }
    @inlinable public static var crcExtra: UInt8 { 87 }
    @inlinable public static var minLength: Int { 35 }
    @inlinable public static var maxLength: Int { 57 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// GPS fix type.
    /// Values: `GpsFixType`.
    public var fixType: GpsFixType
    /// Latitude (WGS84)
    /// Units: degE7.
    public var lat: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (MSL). Positive for up.
    /// Units: mm.
    public var alt: Int32
    /// GPS HDOP horizontal dilution of position (unitless * 100). If unknown, set to: UINT16_MAX
    public var eph: UInt16
    /// GPS VDOP vertical dilution of position (unitless * 100). If unknown, set to: UINT16_MAX
    public var epv: UInt16
    /// GPS ground speed. If unknown, set to: UINT16_MAX
    /// Units: cm/s.
    public var vel: UInt16
    /// Course over ground (NOT heading, but direction of movement): 0.0..359.99 degrees. If unknown, set to: UINT16_MAX
    /// Units: cdeg.
    public var cog: UInt16
    /// Number of satellites visible. If unknown, set to UINT8_MAX
    public var satellitesVisible: UInt8
    /// Number of DGPS satellites
    public var dgpsNumch: UInt8
    /// Age of DGPS info
    /// Units: ms.
    public var dgpsAge: UInt32
    /// Yaw in earth frame from north. Use 0 if this GPS does not provide yaw. Use UINT16_MAX if this GPS is configured to provide yaw and is currently unable to provide it. Use 36000 for north.
    /// Units: cdeg.
    /// MAVLink 2 extension field.
    public var yaw: UInt16
    /// Altitude (above WGS84, EGM96 ellipsoid). Positive for up.
    /// Units: mm.
    /// MAVLink 2 extension field.
    public var altEllipsoid: Int32
    /// Position uncertainty.
    /// Units: mm.
    /// MAVLink 2 extension field.
    public var hAcc: UInt32
    /// Altitude uncertainty.
    /// Units: mm.
    /// MAVLink 2 extension field.
    public var vAcc: UInt32
    /// Speed uncertainty.
    /// Units: mm/s.
    /// MAVLink 2 extension field.
    public var velAcc: UInt32
    /// Heading / track uncertainty
    /// Units: degE5.
    /// MAVLink 2 extension field.
    public var hdgAcc: UInt32

    public init(timeUsec: UInt64 = 0, fixType: GpsFixType = GpsFixType(rawValue: 0), lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, eph: UInt16 = 0, epv: UInt16 = 0, vel: UInt16 = 0, cog: UInt16 = 0, satellitesVisible: UInt8 = 0, dgpsNumch: UInt8 = 0, dgpsAge: UInt32 = 0, yaw: UInt16 = 0, altEllipsoid: Int32 = 0, hAcc: UInt32 = 0, vAcc: UInt32 = 0, velAcc: UInt32 = 0, hdgAcc: UInt32 = 0) {
        self.timeUsec = timeUsec
        self.fixType = fixType
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.eph = eph
        self.epv = epv
        self.vel = vel
        self.cog = cog
        self.satellitesVisible = satellitesVisible
        self.dgpsNumch = dgpsNumch
        self.dgpsAge = dgpsAge
        self.yaw = yaw
        self.altEllipsoid = altEllipsoid
        self.hAcc = hAcc
        self.vAcc = vAcc
        self.velAcc = velAcc
        self.hdgAcc = hdgAcc
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        dgpsAge = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        eph = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        epv = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        vel = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        cog = _p.loadUnaligned(fromByteOffset: 30, as: UInt16.self)
        fixType = GpsFixType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)))
        satellitesVisible = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        dgpsNumch = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
        yaw = _p.loadUnaligned(fromByteOffset: 35, as: UInt16.self)
        altEllipsoid = _p.loadUnaligned(fromByteOffset: 37, as: Int32.self)
        hAcc = _p.loadUnaligned(fromByteOffset: 41, as: UInt32.self)
        vAcc = _p.loadUnaligned(fromByteOffset: 45, as: UInt32.self)
        velAcc = _p.loadUnaligned(fromByteOffset: 49, as: UInt32.self)
        hdgAcc = _p.loadUnaligned(fromByteOffset: 53, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: dgpsAge, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: eph, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: epv, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: vel, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: cog, toByteOffset: 30, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: fixType.rawValue), toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: satellitesVisible, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: dgpsNumch, toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: yaw, toByteOffset: 35, as: UInt16.self)
        _p.storeBytes(of: altEllipsoid, toByteOffset: 37, as: Int32.self)
        _p.storeBytes(of: hAcc, toByteOffset: 41, as: UInt32.self)
        _p.storeBytes(of: vAcc, toByteOffset: 45, as: UInt32.self)
        _p.storeBytes(of: velAcc, toByteOffset: 49, as: UInt32.self)
        _p.storeBytes(of: hdgAcc, toByteOffset: 53, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("fix_type", UInt8(truncatingIfNeeded: fixType.rawValue))
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("eph", eph)
        v.visit("epv", epv)
        v.visit("vel", vel)
        v.visit("cog", cog)
        v.visit("satellites_visible", satellitesVisible)
        v.visit("dgps_numch", dgpsNumch)
        v.visit("dgps_age", dgpsAge)
        v.visit("yaw", yaw)
        v.visit("alt_ellipsoid", altEllipsoid)
        v.visit("h_acc", hAcc)
        v.visit("v_acc", vAcc)
        v.visit("vel_acc", velAcc)
        v.visit("hdg_acc", hdgAcc)
    }
}
