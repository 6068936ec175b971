// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message appropriate for high latency connections like Iridium
///
/// MAVLink message `HIGH_LATENCY` (id 234).
public struct HighLatency: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 234 }
    @inlinable public static var name: StaticString { "HIGH_LATENCY" }
    @inlinable public static var crcExtra: UInt8 { 150 }
    @inlinable public static var minLength: Int { 40 }
    @inlinable public static var maxLength: Int { 40 }

    /// Bitmap of enabled system modes.
    /// Values: `MAVModeFlag`.
    public var baseMode: MAVModeFlag
    /// A bitfield for use for autopilot-specific flags.
    public var customMode: UInt32
    /// The landed state. Is set to MAV_LANDED_STATE_UNDEFINED if landed state is unknown.
    /// Values: `MAVLandedState`.
    public var landedState: MAVLandedState
    /// roll
    /// Units: cdeg.
    public var roll: Int16
    /// pitch
    /// Units: cdeg.
    public var pitch: Int16
    /// heading
    /// Units: cdeg.
    public var heading: UInt16
    /// throttle (percentage)
    /// Units: %.
    public var throttle: Int8
    /// heading setpoint
    /// Units: cdeg.
    public var headingSp: Int16
    /// Latitude
    /// Units: degE7.
    public var latitude: Int32
    /// Longitude
    /// Units: degE7.
    public var longitude: Int32
    /// Altitude above mean sea level
    /// Units: m.
    public var altitudeAmsl: Int16
    /// Altitude setpoint relative to the home position
    /// Units: m.
    public var altitudeSp: Int16
    /// airspeed
    /// Units: m/s.
    public var airspeed: UInt8
    /// airspeed setpoint
    /// Units: m/s.
    public var airspeedSp: UInt8
    /// groundspeed
    /// Units: m/s.
    public var groundspeed: UInt8
    /// climb rate
    /// Units: m/s.
    public var climbRate: Int8
    /// Number of satellites visible. If unknown, set to UINT8_MAX
    public var gpsNsat: UInt8
    /// GPS Fix type.
    /// Values: `GpsFixType`.
    public var gpsFixType: GpsFixType
    /// Remaining battery (percentage)
    /// Units: %.
    public var batteryRemaining: UInt8
    /// Autopilot temperature (degrees C)
    /// Units: degC.
    public var temperature: Int8
    /// Air temperature (degrees C) from airspeed sensor
    /// Units: degC.
    public var temperatureAir: Int8
    /// failsafe (each bit represents a failsafe where 0=ok, 1=failsafe active (bit0:RC, bit1:batt, bit2:GPS, bit3:GCS, bit4:fence)
    public var failsafe: UInt8
    /// current waypoint number
    public var wpNum: UInt8
    /// distance to target
    /// Units: m.
    public var wpDistance: UInt16

    public init(baseMode: MAVModeFlag = MAVModeFlag(rawValue: 0), customMode: UInt32 = 0, landedState: MAVLandedState = MAVLandedState(rawValue: 0), roll: Int16 = 0, pitch: Int16 = 0, heading: UInt16 = 0, throttle: Int8 = 0, headingSp: Int16 = 0, latitude: Int32 = 0, longitude: Int32 = 0, altitudeAmsl: Int16 = 0, altitudeSp: Int16 = 0, airspeed: UInt8 = 0, airspeedSp: UInt8 = 0, groundspeed: UInt8 = 0, climbRate: Int8 = 0, gpsNsat: UInt8 = 0, gpsFixType: GpsFixType = GpsFixType(rawValue: 0), batteryRemaining: UInt8 = 0, temperature: Int8 = 0, temperatureAir: Int8 = 0, failsafe: UInt8 = 0, wpNum: UInt8 = 0, wpDistance: UInt16 = 0) {
        self.baseMode = baseMode
        self.customMode = customMode
        self.landedState = landedState
        self.roll = roll
        self.pitch = pitch
        self.heading = heading
        self.throttle = throttle
        self.headingSp = headingSp
        self.latitude = latitude
        self.longitude = longitude
        self.altitudeAmsl = altitudeAmsl
        self.altitudeSp = altitudeSp
        self.airspeed = airspeed
        self.airspeedSp = airspeedSp
        self.groundspeed = groundspeed
        self.climbRate = climbRate
        self.gpsNsat = gpsNsat
        self.gpsFixType = gpsFixType
        self.batteryRemaining = batteryRemaining
        self.temperature = temperature
        self.temperatureAir = temperatureAir
        self.failsafe = failsafe
        self.wpNum = wpNum
        self.wpDistance = wpDistance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        customMode = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        latitude = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        longitude = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        roll = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        pitch = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        heading = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        headingSp = _p.loadUnaligned(fromByteOffset: 18, as: Int16.self)
        altitudeAmsl = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        altitudeSp = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        wpDistance = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        baseMode = MAVModeFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
        landedState = MAVLandedState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)))
        throttle = _p.loadUnaligned(fromByteOffset: 28, as: Int8.self)
        airspeed = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
        airspeedSp = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        groundspeed = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        climbRate = _p.loadUnaligned(fromByteOffset: 32, as: Int8.self)
        gpsNsat = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        gpsFixType = GpsFixType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)))
        batteryRemaining = _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)
        temperature = _p.loadUnaligned(fromByteOffset: 36, as: Int8.self)
        temperatureAir = _p.loadUnaligned(fromByteOffset: 37, as: Int8.self)
        failsafe = _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)
        wpNum = _p.loadUnaligned(fromByteOffset: 39, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: customMode, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: latitude, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: longitude, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: roll, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: pitch, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: heading, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: headingSp, toByteOffset: 18, as: Int16.self)
        _p.storeBytes(of: altitudeAmsl, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: altitudeSp, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: wpDistance, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: baseMode.rawValue), toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: landedState.rawValue), toByteOffset: 27, as: UInt8.self)
        _p.storeBytes(of: throttle, toByteOffset: 28, as: Int8.self)
        _p.storeBytes(of: airspeed, toByteOffset: 29, as: UInt8.self)
        _p.storeBytes(of: airspeedSp, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: groundspeed, toByteOffset: 31, as: UInt8.self)
        _p.storeBytes(of: climbRate, toByteOffset: 32, as: Int8.self)
        _p.storeBytes(of: gpsNsat, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: gpsFixType.rawValue), toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: batteryRemaining, toByteOffset: 35, as: UInt8.self)
        _p.storeBytes(of: temperature, toByteOffset: 36, as: Int8.self)
        _p.storeBytes(of: temperatureAir, toByteOffset: 37, as: Int8.self)
        _p.storeBytes(of: failsafe, toByteOffset: 38, as: UInt8.self)
        _p.storeBytes(of: wpNum, toByteOffset: 39, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("base_mode", UInt8(truncatingIfNeeded: baseMode.rawValue))
        v.visit("custom_mode", customMode)
        v.visit("landed_state", UInt8(truncatingIfNeeded: landedState.rawValue))
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("heading", heading)
        v.visit("throttle", throttle)
        v.visit("heading_sp", headingSp)
        v.visit("latitude", latitude)
        v.visit("longitude", longitude)
        v.visit("altitude_amsl", altitudeAmsl)
        v.visit("altitude_sp", altitudeSp)
        v.visit("airspeed", airspeed)
        v.visit("airspeed_sp", airspeedSp)
        v.visit("groundspeed", groundspeed)
        v.visit("climb_rate", climbRate)
        v.visit("gps_nsat", gpsNsat)
        v.visit("gps_fix_type", UInt8(truncatingIfNeeded: gpsFixType.rawValue))
        v.visit("battery_remaining", batteryRemaining)
        v.visit("temperature", temperature)
        v.visit("temperature_air", temperatureAir)
        v.visit("failsafe", failsafe)
        v.visit("wp_num", wpNum)
        v.visit("wp_distance", wpDistance)
    }
}
