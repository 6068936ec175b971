// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// GPS sensor input message.  This is a raw sensor value sent by the GPS. This is NOT the global position estimate of the system.
///
/// MAVLink message `GPS_INPUT` (id 232).
public struct GpsInput: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 232 }
    @inlinable public static var name: StaticString { "GPS_INPUT" }
    @inlinable public static var crcExtra: UInt8 { 151 }
    @inlinable public static var minLength: Int { 63 }
    @inlinable public static var maxLength: Int { 65 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// ID of the GPS for multiple GPS inputs
    public var gpsId: UInt8
    /// Bitmap indicating which GPS input flags fields to ignore.  All other fields must be provided.
    /// Values: `GpsInputIgnoreFlags`.
    public var ignoreFlags: GpsInputIgnoreFlags
    /// GPS time (from start of GPS week)
    /// Units: ms.
    public var timeWeekMs: UInt32
    /// GPS week number
    public var timeWeek: UInt16
    /// GNSS fix type
    /// Values: `GpsFixType`.
    public var fixType: GpsFixType
    /// Latitude (WGS84)
    /// Units: degE7.
    public var lat: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (MSL). Positive for up.
    /// Units: m.
    public var alt: Float
    /// GPS HDOP horizontal dilution of position (unitless). If unknown, set to: UINT16_MAX
    public var hdop: Float
    /// GPS VDOP vertical dilution of position (unitless). If unknown, set to: UINT16_MAX
    public var vdop: Float
    /// GPS velocity in north direction in earth-fixed NED frame
    /// Units: m/s.
    public var vn: Float
    /// GPS velocity in east direction in earth-fixed NED frame
    /// Units: m/s.
    public var ve: Float
    /// GPS velocity in down direction in earth-fixed NED frame
    /// Units: m/s.
    public var vd: Float
    /// GPS speed accuracy
    /// Units: m/s.
    public var speedAccuracy: Float
    /// GPS horizontal accuracy
    /// Units: m.
    public var horizAccuracy: Float
    /// GPS vertical accuracy
    /// Units: m.
    public var vertAccuracy: Float
    /// Number of satellites visible.
    public var satellitesVisible: UInt8
    /// Yaw of vehicle relative to Earth's North, zero means not available, use 36000 for north
    /// Units: cdeg.
    /// MAVLink 2 extension field.
    public var yaw: UInt16

    public init(timeUsec: UInt64 = 0, gpsId: UInt8 = 0, ignoreFlags: GpsInputIgnoreFlags = GpsInputIgnoreFlags(rawValue: 0), timeWeekMs: UInt32 = 0, timeWeek: UInt16 = 0, fixType: GpsFixType = GpsFixType(rawValue: 0), lat: Int32 = 0, lon: Int32 = 0, alt: Float = 0, hdop: Float = 0, vdop: Float = 0, vn: Float = 0, ve: Float = 0, vd: Float = 0, speedAccuracy: Float = 0, horizAccuracy: Float = 0, vertAccuracy: Float = 0, satellitesVisible: UInt8 = 0, yaw: UInt16 = 0) {
        self.timeUsec = timeUsec
        self.gpsId = gpsId
        self.ignoreFlags = ignoreFlags
        self.timeWeekMs = timeWeekMs
        self.timeWeek = timeWeek
        self.fixType = fixType
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.hdop = hdop
        self.vdop = vdop
        self.vn = vn
        self.ve = ve
        self.vd = vd
        self.speedAccuracy = speedAccuracy
        self.horizAccuracy = horizAccuracy
        self.vertAccuracy = vertAccuracy
        self.satellitesVisible = satellitesVisible
        self.yaw = yaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        timeWeekMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        hdop = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        vdop = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        vn = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        ve = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        vd = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        speedAccuracy = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        horizAccuracy = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        vertAccuracy = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        ignoreFlags = GpsInputIgnoreFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 56, as: UInt16.self)))
        timeWeek = _p.loadUnaligned(fromByteOffset: 58, as: UInt16.self)
        gpsId = _p.loadUnaligned(fromByteOffset: 60, as: UInt8.self)
        fixType = GpsFixType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 61, as: UInt8.self)))
        satellitesVisible = _p.loadUnaligned(fromByteOffset: 62, as: UInt8.self)
        yaw = _p.loadUnaligned(fromByteOffset: 63, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeWeekMs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: hdop, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: vdop, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: vn, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: ve, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: vd, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: speedAccuracy, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: horizAccuracy, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: vertAccuracy, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: ignoreFlags.rawValue), toByteOffset: 56, as: UInt16.self)
        _p.storeBytes(of: timeWeek, toByteOffset: 58, as: UInt16.self)
        _p.storeBytes(of: gpsId, toByteOffset: 60, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: fixType.rawValue), toByteOffset: 61, as: UInt8.self)
        _p.storeBytes(of: satellitesVisible, toByteOffset: 62, as: UInt8.self)
        _p.storeBytes(of: yaw, toByteOffset: 63, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("gps_id", gpsId)
        v.visit("ignore_flags", UInt16(truncatingIfNeeded: ignoreFlags.rawValue))
        v.visit("time_week_ms", timeWeekMs)
        v.visit("time_week", timeWeek)
        v.visit("fix_type", UInt8(truncatingIfNeeded: fixType.rawValue))
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("hdop", hdop)
        v.visit("vdop", vdop)
        v.visit("vn", vn)
        v.visit("ve", ve)
        v.visit("vd", vd)
        v.visit("speed_accuracy", speedAccuracy)
        v.visit("horiz_accuracy", horizAccuracy)
        v.visit("vert_accuracy", vertAccuracy)
        v.visit("satellites_visible", satellitesVisible)
        v.visit("yaw", yaw)
    }
}
