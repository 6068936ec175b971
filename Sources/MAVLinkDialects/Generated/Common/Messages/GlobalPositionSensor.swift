// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reports measurement/estimate from a global position sensor. Used as navigation fusion source and optionally displayed in the UI.
///
/// MAVLink message `GLOBAL_POSITION_SENSOR` (id 296).
public struct GlobalPositionSensor: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 296 }
    @inlinable public static var name: StaticString { "GLOBAL_POSITION_SENSOR" }
    @inlinable public static var crcExtra: UInt8 { 158 }
    @inlinable public static var minLength: Int { 41 }
    @inlinable public static var maxLength: Int { 41 }

    /// System ID (ID of target system, normally autopilot and ground station).
    public var targetSystem: UInt8
    /// Component ID (normally 0 for broadcast).
    public var targetComponent: UInt8
    /// Sensor ID
    public var id: UInt8
    /// Timestamp of message transmission (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// The time spent in processing the sensor data that is the basis for this position. The recipient can use this to improve time alignment of the data. This is the time between measurement (e.g. camera exposure time) and transmission of this message. Set to NaN if not known.
    /// Units: us.
    public var processingTime: UInt32
    /// Source of position/estimate (such as GNSS, estimator, etc.)
    /// Values: `GlobalPositionSrc`.
    public var source: GlobalPositionSrc
    /// Status flags
    /// Values: `GlobalPositionFlags`.
    public var flags: GlobalPositionFlags
    /// Latitude (WGS84)
    /// Units: degE7.
    public var lat: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (WGS84 elipsoid), preferred if available
    /// Units: m.
    public var altEllipsoid: Float
    /// Altitude (MSL - position-system specific value) use if no alt_ellipsoid available
    /// Units: m.
    public var alt: Float
    /// Standard deviation of horizontal position error
    /// Units: m.
    public var eph: Float
    /// Standard deviation of vertical position error
    /// Units: m.
    public var epv: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, id: UInt8 = 0, timeUsec: UInt64 = 0, processingTime: UInt32 = 0, source: GlobalPositionSrc = GlobalPositionSrc(rawValue: 0), flags: GlobalPositionFlags = GlobalPositionFlags(rawValue: 0), lat: Int32 = 0, lon: Int32 = 0, altEllipsoid: Float = 0, alt: Float = 0, eph: Float = 0, epv: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.id = id
        self.timeUsec = timeUsec
        self.processingTime = processingTime
        self.source = source
        self.flags = flags
        self.lat = lat
        self.lon = lon
        self.altEllipsoid = altEllipsoid
        self.alt = alt
        self.eph = eph
        self.epv = epv
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        processingTime = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        altEllipsoid = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        alt = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        eph = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        epv = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 37, as: UInt8.self)
        id = _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)
        source = GlobalPositionSrc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 39, as: UInt8.self)))
        flags = GlobalPositionFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: processingTime, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: altEllipsoid, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: alt, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: eph, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: epv, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 37, as: UInt8.self)
        _p.storeBytes(of: id, toByteOffset: 38, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: source.rawValue), toByteOffset: 39, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 40, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id", id)
        v.visit("time_usec", timeUsec)
        v.visit("processing_time", processingTime)
        v.visit("source", UInt8(truncatingIfNeeded: source.rawValue))
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt_ellipsoid", altEllipsoid)
        v.visit("alt", alt)
        v.visit("eph", eph)
        v.visit("epv", epv)
    }
}
