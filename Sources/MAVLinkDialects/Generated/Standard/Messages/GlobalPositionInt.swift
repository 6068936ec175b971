// Generated from standard.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The filtered global position (e.g. fused GPS and accelerometers). The position is in GPS-frame (right-handed, Z-up). It is designed as scaled integer message since the resolution of float is not sufficient.
///
/// MAVLink message `GLOBAL_POSITION_INT` (id 33).
public struct GlobalPositionInt: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 33 }
    @inlinable public static var name: StaticString { "GLOBAL_POSITION_INT" }
    @inlinable public static var crcExtra: UInt8 { 104 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Latitude, expressed
    /// Units: degE7.
    public var lat: Int32
    /// Longitude, expressed
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (MSL). Note that virtually all GPS modules provide both WGS84 and MSL.
    /// Units: mm.
    public var alt: Int32
    /// Altitude above home
    /// Units: mm.
    public var relativeAlt: Int32
    /// Ground X Speed (Latitude, positive north)
    /// Units: cm/s.
    public var vx: Int16
    /// Ground Y Speed (Longitude, positive east)
    /// Units: cm/s.
    public var vy: Int16
    /// Ground Z Speed (Altitude, positive down)
    /// Units: cm/s.
    public var vz: Int16
    /// Vehicle heading (yaw angle), 0.0..359.99 degrees. If unknown, set to: UINT16_MAX
    /// Units: cdeg.
    public var hdg: UInt16

    public init(timeBootMs: UInt32 = 0, lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, relativeAlt: Int32 = 0, vx: Int16 = 0, vy: Int16 = 0, vz: Int16 = 0, hdg: UInt16 = 0) {
        self.timeBootMs = timeBootMs
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.relativeAlt = relativeAlt
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.hdg = hdg
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        relativeAlt = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        vx = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        vy = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        vz = _p.loadUnaligned(fromByteOffset: 24, as: Int16.self)
        hdg = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: relativeAlt, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: vx, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: vy, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: vz, toByteOffset: 24, as: Int16.self)
        _p.storeBytes(of: hdg, toByteOffset: 26, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("relative_alt", relativeAlt)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("hdg", hdg)
    }
}
