// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The global position resulting from GPS and sensor fusion.
///
/// MAVLink message `UTM_GLOBAL_POSITION` (id 340).
public struct UtmGlobalPosition: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 340 }
    @inlinable public static var name: StaticString { "UTM_GLOBAL_POSITION" }
    @inlinable public static var crcExtra: UInt8 { 99 }
    @inlinable public static var minLength: Int { 70 }
    @inlinable public static var maxLength: Int { 70 }

    /// Time of applicability of position (microseconds since UNIX epoch).
    /// Units: us.
    public var time: UInt64
    /// Unique UAS ID.
    public var uasId: FixedArray<18, UInt8>
    /// Latitude (WGS84)
    /// Units: degE7.
    public var lat: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (WGS84)
    /// Units: mm.
    public var alt: Int32
    /// Altitude above ground
    /// Units: mm.
    public var relativeAlt: Int32
    /// Ground X speed (latitude, positive north)
    /// Units: cm/s.
    public var vx: Int16
    /// Ground Y speed (longitude, positive east)
    /// Units: cm/s.
    public var vy: Int16
    /// Ground Z speed (altitude, positive down)
    /// Units: cm/s.
    public var vz: Int16
    /// Horizontal position uncertainty (standard deviation)
    /// Units: mm.
    public var hAcc: UInt16
    /// Altitude uncertainty (standard deviation)
    /// Units: mm.
    public var vAcc: UInt16
    /// Speed uncertainty (standard deviation)
    /// Units: cm/s.
    public var velAcc: UInt16
    /// Next waypoint, latitude (WGS84)
    /// Units: degE7.
    public var nextLat: Int32
    /// Next waypoint, longitude (WGS84)
    /// Units: degE7.
    public var nextLon: Int32
    /// Next waypoint, altitude (WGS84)
    /// Units: mm.
    public var nextAlt: Int32
    /// Time until next update. Set to 0 if unknown or in data driven mode.
    /// Units: cs.
    public var updateRate: UInt16
    /// Flight state
    /// Values: `UtmFlightState`.
    public var flightState: UtmFlightState
    /// Bitwise OR combination of the data available flags.
    /// Values: `UtmDataAvailFlags`.
    public var flags: UtmDataAvailFlags

    public init(time: UInt64 = 0, uasId: FixedArray<18, UInt8> = FixedArray(repeating: 0), lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, relativeAlt: Int32 = 0, vx: Int16 = 0, vy: Int16 = 0, vz: Int16 = 0, hAcc: UInt16 = 0, vAcc: UInt16 = 0, velAcc: UInt16 = 0, nextLat: Int32 = 0, nextLon: Int32 = 0, nextAlt: Int32 = 0, updateRate: UInt16 = 0, flightState: UtmFlightState = UtmFlightState(rawValue: 0), flags: UtmDataAvailFlags = UtmDataAvailFlags(rawValue: 0)) {
        self.time = time
        self.uasId = uasId
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.relativeAlt = relativeAlt
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.hAcc = hAcc
        self.vAcc = vAcc
        self.velAcc = velAcc
        self.nextLat = nextLat
        self.nextLon = nextLon
        self.nextAlt = nextAlt
        self.updateRate = updateRate
        self.flightState = flightState
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        time = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        relativeAlt = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        nextLat = _p.loadUnaligned(fromByteOffset: 24, as: Int32.self)
        nextLon = _p.loadUnaligned(fromByteOffset: 28, as: Int32.self)
        nextAlt = _p.loadUnaligned(fromByteOffset: 32, as: Int32.self)
        vx = _p.loadUnaligned(fromByteOffset: 36, as: Int16.self)
        vy = _p.loadUnaligned(fromByteOffset: 38, as: Int16.self)
        vz = _p.loadUnaligned(fromByteOffset: 40, as: Int16.self)
        hAcc = _p.loadUnaligned(fromByteOffset: 42, as: UInt16.self)
        vAcc = _p.loadUnaligned(fromByteOffset: 44, as: UInt16.self)
        velAcc = _p.loadUnaligned(fromByteOffset: 46, as: UInt16.self)
        updateRate = _p.loadUnaligned(fromByteOffset: 48, as: UInt16.self)
        uasId = FixedArray.load(from: _p, at: 50)
        flightState = UtmFlightState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 68, as: UInt8.self)))
        flags = UtmDataAvailFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 69, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: time, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: relativeAlt, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: nextLat, toByteOffset: 24, as: Int32.self)
        _p.storeBytes(of: nextLon, toByteOffset: 28, as: Int32.self)
        _p.storeBytes(of: nextAlt, toByteOffset: 32, as: Int32.self)
        _p.storeBytes(of: vx, toByteOffset: 36, as: Int16.self)
        _p.storeBytes(of: vy, toByteOffset: 38, as: Int16.self)
        _p.storeBytes(of: vz, toByteOffset: 40, as: Int16.self)
        _p.storeBytes(of: hAcc, toByteOffset: 42, as: UInt16.self)
        _p.storeBytes(of: vAcc, toByteOffset: 44, as: UInt16.self)
        _p.storeBytes(of: velAcc, toByteOffset: 46, as: UInt16.self)
        _p.storeBytes(of: updateRate, toByteOffset: 48, as: UInt16.self)
        uasId.store(to: _p, at: 50)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flightState.rawValue), toByteOffset: 68, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 69, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time", time)
        v.visit("uas_id", uasId)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("relative_alt", relativeAlt)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("h_acc", hAcc)
        v.visit("v_acc", vAcc)
        v.visit("vel_acc", velAcc)
        v.visit("next_lat", nextLat)
        v.visit("next_lon", nextLon)
        v.visit("next_alt", nextAlt)
        v.visit("update_rate", updateRate)
        v.visit("flight_state", UInt8(truncatingIfNeeded: flightState.rawValue))
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
    }
}
