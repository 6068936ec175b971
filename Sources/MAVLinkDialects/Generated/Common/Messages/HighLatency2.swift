// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message appropriate for high latency connections like Iridium (version 2)
///
/// MAVLink message `HIGH_LATENCY2` (id 235).
public struct HighLatency2: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 235 }
    @inlinable public static var name: StaticString { "HIGH_LATENCY2" }
    @inlinable public static var crcExtra: UInt8 { 179 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Timestamp (milliseconds since boot or Unix epoch)
    /// Units: ms.
    public var timestamp: UInt32
    /// Type of the MAV (quadrotor, helicopter, etc.)
    /// Values: `MAVType`.
    public var type: MAVType
    /// Autopilot type / class. Use MAV_AUTOPILOT_INVALID for components that are not flight controllers.
    /// Values: `MAVAutopilot`.
    public var autopilot: MAVAutopilot
    /// A bitfield for use for autopilot-specific flags (2 byte version).
    public var customMode: UInt16
    /// Latitude
    /// Units: degE7.
    public var latitude: Int32
    /// Longitude
    /// Units: degE7.
    public var longitude: Int32
    /// Altitude above mean sea level
    /// Units: m.
    public var altitude: Int16
    /// Altitude setpoint
    /// Units: m.
    public var targetAltitude: Int16
    /// Heading
    /// Units: deg/2.
    public var heading: UInt8
    /// Heading setpoint
    /// Units: deg/2.
    public var targetHeading: UInt8
    /// Distance to target waypoint or position
    /// Units: dam.
    public var targetDistance: UInt16
    /// Throttle
    /// Units: %.
    public var throttle: UInt8
    /// Airspeed
    /// Units: m/s*5.
    public var airspeed: UInt8
    /// Airspeed setpoint
    /// Units: m/s*5.
    public var airspeedSp: UInt8
    /// Groundspeed
    /// Units: m/s*5.
    public var groundspeed: UInt8
    /// Windspeed
    /// Units: m/s*5.
    public var windspeed: UInt8
    /// Wind heading
    /// Units: deg/2.
    public var windHeading: UInt8
    /// Maximum error horizontal position since last message
    /// Units: dm.
    public var eph: UInt8
    /// Maximum error vertical position since last message
    /// Units: dm.
    public var epv: UInt8
    /// Air temperature
    /// Units: degC.
    public var temperatureAir: Int8
    /// Maximum climb rate magnitude since last message
    /// Units: dm/s.
    public var climbRate: Int8
    /// Battery level (-1 if field not provided).
    /// Units: %.
    public var battery: Int8
    /// Current waypoint number
    public var wpNum: UInt16
    /// Bitmap of failure flags.
    /// Values: `HlFailureFlag`.
    public var failureFlags: HlFailureFlag
    /// Field for custom payload.
    public var custom0: Int8
    /// Field for custom payload.
    public var custom1: Int8
    /// Field for custom payload.
    public var custom2: Int8

    public init(timestamp: UInt32 = 0, type: MAVType = MAVType(rawValue: 0), autopilot: MAVAutopilot = MAVAutopilot(rawValue: 0), customMode: UInt16 = 0, latitude: Int32 = 0, longitude: Int32 = 0, altitude: Int16 = 0, targetAltitude: Int16 = 0, heading: UInt8 = 0, targetHeading: UInt8 = 0, targetDistance: UInt16 = 0, throttle: UInt8 = 0, airspeed: UInt8 = 0, airspeedSp: UInt8 = 0, groundspeed: UInt8 = 0, windspeed: UInt8 = 0, windHeading: UInt8 = 0, eph: UInt8 = 0, epv: UInt8 = 0, temperatureAir: Int8 = 0, climbRate: Int8 = 0, battery: Int8 = 0, wpNum: UInt16 = 0, failureFlags: HlFailureFlag = HlFailureFlag(rawValue: 0), custom0: Int8 = 0, custom1: Int8 = 0, custom2: Int8 = 0) {
        self.timestamp = timestamp
        self.type = type
        self.autopilot = autopilot
        self.customMode = customMode
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude
        self.targetAltitude = targetAltitude
        self.heading = heading
        self.targetHeading = targetHeading
        self.targetDistance = targetDistance
        self.throttle = throttle
        self.airspeed = airspeed
        self.airspeedSp = airspeedSp
        self.groundspeed = groundspeed
        self.windspeed = windspeed
        self.windHeading = windHeading
        self.eph = eph
        self.epv = epv
        self.temperatureAir = temperatureAir
        self.climbRate = climbRate
        self.battery = battery
        self.wpNum = wpNum
        self.failureFlags = failureFlags
        self.custom0 = custom0
        self.custom1 = custom1
        self.custom2 = custom2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        latitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        customMode = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        altitude = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        targetAltitude = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        targetDistance = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        wpNum = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        failureFlags = HlFailureFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)))
        type = MAVType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)))
        autopilot = MAVAutopilot(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 25, as: UInt8.self)))
        heading = _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)
        targetHeading = _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)
        throttle = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        airspeed = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
        airspeedSp = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        groundspeed = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        windspeed = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        windHeading = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        eph = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
        epv = _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)
        temperatureAir = _p.loadUnaligned(fromByteOffset: 36, as: Int8.self)
        climbRate = _p.loadUnaligned(fromByteOffset: 37, as: Int8.self)
        battery = _p.loadUnaligned(fromByteOffset: 38, as: Int8.self)
        custom0 = _p.loadUnaligned(fromByteOffset: 39, as: Int8.self)
        custom1 = _p.loadUnaligned(fromByteOffset: 40, as: Int8.self)
        custom2 = _p.loadUnaligned(fromByteOffset: 41, as: Int8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timestamp, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: latitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: customMode, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: altitude, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: targetAltitude, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: targetDistance, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: wpNum, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: failureFlags.rawValue), toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: autopilot.rawValue), toByteOffset: 25, as: UInt8.self)
        _p.storeBytes(of: heading, toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: targetHeading, toByteOffset: 27, as: UInt8.self)
        _p.storeBytes(of: throttle, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: airspeed, toByteOffset: 29, as: UInt8.self)
        _p.storeBytes(of: airspeedSp, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: groundspeed, toByteOffset: 31, as: UInt8.self)
        _p.storeBytes(of: windspeed, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: windHeading, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: eph, toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: epv, toByteOffset: 35, as: UInt8.self)
        _p.storeBytes(of: temperatureAir, toByteOffset: 36, as: Int8.self)
        _p.storeBytes(of: climbRate, toByteOffset: 37, as: Int8.self)
        _p.storeBytes(of: battery, toByteOffset: 38, as: Int8.self)
        _p.storeBytes(of: custom0, toByteOffset: 39, as: Int8.self)
        _p.storeBytes(of: custom1, toByteOffset: 40, as: Int8.self)
        _p.storeBytes(of: custom2, toByteOffset: 41, as: Int8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("timestamp", timestamp)
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("autopilot", UInt8(truncatingIfNeeded: autopilot.rawValue))
        v.visit("custom_mode", customMode)
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude", altitude)
        v.visit("target_altitude", targetAltitude)
        v.visit("heading", heading)
        v.visit("target_heading", targetHeading)
        v.visit("target_distance", targetDistance)
        v.visit("throttle", throttle)
        v.visit("airspeed", airspeed)
        v.visit("airspeed_sp", airspeedSp)
        v.visit("groundspeed", groundspeed)
        v.visit("windspeed", windspeed)
        v.visit("wind_heading", windHeading)
        v.visit("eph", eph)
        v.visit("epv", epv)
        v.visit("temperature_air", temperatureAir)
        v.visit("climb_rate", climbRate)
        v.visit("battery", battery)
        v.visit("wp_num", wpNum)
        v.visit("failure_flags", UInt16(truncatingIfNeeded: failureFlags.rawValue))
        v.visit("custom0", custom0)
        v.visit("custom1", custom1)
        v.visit("custom2", custom2)
    }
}
