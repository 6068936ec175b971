// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The location and information of an ADSB vehicle
///
/// MAVLink message `ADSB_VEHICLE` (id 246).
public struct AdsbVehicle: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 246 }
    @inlinable public static var name: StaticString { "ADSB_VEHICLE" }
    @inlinable public static var crcExtra: UInt8 { 184 }
    @inlinable public static var minLength: Int { 38 }
    @inlinable public static var maxLength: Int { 38 }

    /// ICAO address
    public var icaoAddress: UInt32
    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32
    /// ADSB altitude type.
    /// Values: `AdsbAltitudeType`.
    public var altitudeType: AdsbAltitudeType
    /// Altitude (ASL)
    /// Units: mm.
    public var altitude: Int32
    /// Course over ground
    /// Units: cdeg.
    public var heading: UInt16
    /// The horizontal velocity
    /// Units: cm/s.
    public var horVelocity: UInt16
    /// The vertical velocity. Positive is up
    /// Units: cm/s.
    public var verVelocity: Int16
    /// The callsign, 8+null
    public var callsign: FixedString<9>
    /// ADSB emitter type.
    /// Values: `AdsbEmitterType`.
    public var emitterType: AdsbEmitterType
    /// Time since last communication. This is the age of the ADS-B information in this message, in seconds.
    /// Units: s.
    public var tslc: UInt8
    /// Bitmap to indicate various statuses including valid data fields
    /// Values: `AdsbFlags`.
    public var flags: AdsbFlags
    /// Squawk code. Note that the code is in decimal: e.g. 7700 (general emergency) is encoded as binary 0b0001_1110_0001_0100, not(!) as 0b0000_111_111_000_000
    public var squawk: UInt16

    public init(icaoAddress: UInt32 = 0, lat: Int32 = 0, lon: Int32 = 0, altitudeType: AdsbAltitudeType = AdsbAltitudeType(rawValue: 0), altitude: Int32 = 0, heading: UInt16 = 0, horVelocity: UInt16 = 0, verVelocity: Int16 = 0, callsign: FixedString<9> = FixedString(), emitterType: AdsbEmitterType = AdsbEmitterType(rawValue: 0), tslc: UInt8 = 0, flags: AdsbFlags = AdsbFlags(rawValue: 0), squawk: UInt16 = 0) {
        self.icaoAddress = icaoAddress
        self.lat = lat
        self.lon = lon
        self.altitudeType = altitudeType
        self.altitude = altitude
        self.heading = heading
        self.horVelocity = horVelocity
        self.verVelocity = verVelocity
        self.callsign = callsign
        self.emitterType = emitterType
        self.tslc = tslc
        self.flags = flags
        self.squawk = squawk
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        icaoAddress = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        altitude = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        heading = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        horVelocity = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        verVelocity = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        flags = AdsbFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)))
        squawk = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        altitudeType = AdsbAltitudeType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
        callsign = FixedString.load(from: _p, at: 27)
        emitterType = AdsbEmitterType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)))
        tslc = _p.loadUnaligned(fromByteOffset: 37, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: icaoAddress, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: altitude, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: heading, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: horVelocity, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: verVelocity, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: squawk, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: altitudeType.rawValue), toByteOffset: 26, as: UInt8.self)
        callsign.store(to: _p, at: 27)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: emitterType.rawValue), toByteOffset: 36, as: UInt8.self)
        _p.storeBytes(of: tslc, toByteOffset: 37, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("ICAO_address", icaoAddress)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("altitude_type", UInt8(truncatingIfNeeded: altitudeType.rawValue))
        v.visit("altitude", altitude)
        v.visit("heading", heading)
        v.visit("hor_velocity", horVelocity)
        v.visit("ver_velocity", verVelocity)
        v.visit("callsign", callsign)
        v.visit("emitter_type", UInt8(truncatingIfNeeded: emitterType.rawValue))
        v.visit("tslc", tslc)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("squawk", squawk)
    }
}
