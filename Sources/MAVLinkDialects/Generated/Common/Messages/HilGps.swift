// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The global position, as returned by the Global Positioning System (GPS). This is
/// NOT the global position estimate of the system, but rather a RAW sensor value. See message GLOBAL_POSITION_INT for the global position estimate.
///
/// MAVLink message `HIL_GPS` (id 113).
public struct HilGps: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 113 }
    @inlinable public static var name: StaticString { "HIL_GPS" }
    @inlinable public static var crcExtra: UInt8 { 124 }
    @inlinable public static var minLength: Int { 36 }
    @inlinable public static var maxLength: Int { 39 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// 0-1: no fix, 2: 2D fix, 3: 3D fix. Some applications will not use the value of this field unless it is at least two, so always correctly fill in the fix.
    public var fixType: UInt8
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
    /// GPS velocity in north direction in earth-fixed NED frame
    /// Units: cm/s.
    public var vn: Int16
    /// GPS velocity in east direction in earth-fixed NED frame
    /// Units: cm/s.
    public var ve: Int16
    /// GPS velocity in down direction in earth-fixed NED frame
    /// Units: cm/s.
    public var vd: Int16
    /// Course over ground (NOT heading, but direction of movement), 0.0..359.99 degrees. If unknown, set to: UINT16_MAX
    /// Units: cdeg.
    public var cog: UInt16
    /// Number of satellites visible. If unknown, set to UINT8_MAX
    public var satellitesVisible: UInt8
    /// GPS ID (zero indexed). Used for multiple GPS inputs
    /// MAVLink 2 extension field.
    public var id: UInt8
    /// Yaw of vehicle relative to Earth's North, zero means not available, use 36000 for north
    /// Units: cdeg.
    /// MAVLink 2 extension field.
    public var yaw: UInt16

    public init(timeUsec: UInt64 = 0, fixType: UInt8 = 0, lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, eph: UInt16 = 0, epv: UInt16 = 0, vel: UInt16 = 0, vn: Int16 = 0, ve: Int16 = 0, vd: Int16 = 0, cog: UInt16 = 0, satellitesVisible: UInt8 = 0, id: UInt8 = 0, yaw: UInt16 = 0) {
        self.timeUsec = timeUsec
        self.fixType = fixType
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.eph = eph
        self.epv = epv
        self.vel = vel
        self.vn = vn
        self.ve = ve
        self.vd = vd
        self.cog = cog
        self.satellitesVisible = satellitesVisible
        self.id = id
        self.yaw = yaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        eph = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        epv = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        vel = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        vn = _p.loadUnaligned(fromByteOffset: 26, as: Int16.self)
        ve = _p.loadUnaligned(fromByteOffset: 28, as: Int16.self)
        vd = _p.loadUnaligned(fromByteOffset: 30, as: Int16.self)
        cog = _p.loadUnaligned(fromByteOffset: 32, as: UInt16.self)
        fixType = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
        satellitesVisible = _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)
        id = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
        yaw = _p.loadUnaligned(fromByteOffset: 37, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: eph, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: epv, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: vel, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: vn, toByteOffset: 26, as: Int16.self)
        _p.storeBytes(of: ve, toByteOffset: 28, as: Int16.self)
        _p.storeBytes(of: vd, toByteOffset: 30, as: Int16.self)
        _p.storeBytes(of: cog, toByteOffset: 32, as: UInt16.self)
        _p.storeBytes(of: fixType, toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: satellitesVisible, toByteOffset: 35, as: UInt8.self)
        _p.storeBytes(of: id, toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: yaw, toByteOffset: 37, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("fix_type", fixType)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("eph", eph)
        v.visit("epv", epv)
        v.visit("vel", vel)
        v.visit("vn", vn)
        v.visit("ve", ve)
        v.visit("vd", vd)
        v.visit("cog", cog)
        v.visit("satellites_visible", satellitesVisible)
        v.visit("id", id)
        v.visit("yaw", yaw)
    }
}
