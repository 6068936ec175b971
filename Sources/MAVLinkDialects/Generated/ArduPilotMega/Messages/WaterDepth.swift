// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Water depth
///
/// MAVLink message `WATER_DEPTH` (id 11038).
public struct WaterDepth: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11038 }
    @inlinable public static var name: StaticString { "WATER_DEPTH" }
    @inlinable public static var crcExtra: UInt8 { 47 }
    @inlinable public static var minLength: Int { 38 }
    @inlinable public static var maxLength: Int { 38 }

    /// Timestamp (time since system boot)
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Onboard ID of the sensor
    public var id: UInt8
    /// Sensor data healthy (0=unhealthy, 1=healthy)
    public var healthy: UInt8
    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lng: Int32
    /// Altitude (MSL) of vehicle
    /// Units: m.
    public var alt: Float
    /// Roll angle
    /// Units: rad.
    public var roll: Float
    /// Pitch angle
    /// Units: rad.
    public var pitch: Float
    /// Yaw angle
    /// Units: rad.
    public var yaw: Float
    /// Distance (uncorrected)
    /// Units: m.
    public var distance: Float
    /// Water temperature
    /// Units: degC.
    public var temperature: Float

    public init(timeBootMs: UInt32 = 0, id: UInt8 = 0, healthy: UInt8 = 0, lat: Int32 = 0, lng: Int32 = 0, alt: Float = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, distance: Float = 0, temperature: Float = 0) {
        self.timeBootMs = timeBootMs
        self.id = id
        self.healthy = healthy
        self.lat = lat
        self.lng = lng
        self.alt = alt
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.distance = distance
        self.temperature = temperature
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        roll = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        distance = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        id = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
        healthy = _p.loadUnaligned(fromByteOffset: 37, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: roll, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: distance, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: id, toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: healthy, toByteOffset: 37, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("id", id)
        v.visit("healthy", healthy)
        v.visit("lat", lat)
        v.visit("lng", lng)
        v.visit("alt", alt)
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("distance", distance)
        v.visit("temperature", temperature)
    }
}
