// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The location and information of an AIS vessel
///
/// MAVLink message `AIS_VESSEL` (id 301).
public struct AisVessel: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 301 }
    @inlinable public static var name: StaticString { "AIS_VESSEL" }
    @inlinable public static var crcExtra: UInt8 { 243 }
    @inlinable public static var minLength: Int { 58 }
    @inlinable public static var maxLength: Int { 58 }

    /// Mobile Marine Service Identifier, 9 decimal digits
    public var mmsi: UInt32
    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32
    /// Course over ground
    /// Units: cdeg.
    public var cog: UInt16
    /// True heading
    /// Units: cdeg.
    public var heading: UInt16
    /// Speed over ground
    /// Units: cm/s.
    public var velocity: UInt16
    /// Turn rate, 0.1 degrees per second
    /// Units: ddeg/s.
    public var turnRate: Int8
    /// Navigational status
    /// Values: `AisNavStatus`.
    public var navigationalStatus: AisNavStatus
    /// Type of vessels
    /// Values: `AisType`.
    public var type: AisType
    /// Distance from lat/lon location to bow
    /// Units: m.
    public var dimensionBow: UInt16
    /// Distance from lat/lon location to stern
    /// Units: m.
    public var dimensionStern: UInt16
    /// Distance from lat/lon location to port side
    /// Units: m.
    public var dimensionPort: UInt8
    /// Distance from lat/lon location to starboard side
    /// Units: m.
    public var dimensionStarboard: UInt8
    /// The vessel callsign. Characters are encoded as 7-bit ASCII, but only characters in the [AIS 6-bit ASCII subset](https://en.wikipedia.org/wiki/Six-bit_character_code#AIS_SixBit_ASCII) are permitted. Also set AIS_FLAGS_VALID_CALLSIGN if valid. The string is NULL-terminated if it is shorter than the array length.
    public var callsign: FixedString<7>
    /// The vessel name. Characters are encoded as 7-bit ASCII, but only characters in the [AIS 6-bit ASCII subset](https://en.wikipedia.org/wiki/Six-bit_character_code#AIS_SixBit_ASCII) are permitted. Also set AIS_FLAGS_VALID_NAME if valid. The string is NULL-terminated if it is shorter than the array length.
    public var name: FixedString<20>
    /// Time since last communication. This is the age of the AIS information in this message, in seconds.
    /// Units: s.
    public var tslc: UInt16
    /// Bitmask to indicate various statuses including valid data fields
    /// Values: `AisFlags`.
    public var flags: AisFlags

    public init(mmsi: UInt32 = 0, lat: Int32 = 0, lon: Int32 = 0, cog: UInt16 = 0, heading: UInt16 = 0, velocity: UInt16 = 0, turnRate: Int8 = 0, navigationalStatus: AisNavStatus = AisNavStatus(rawValue: 0), type: AisType = AisType(rawValue: 0), dimensionBow: UInt16 = 0, dimensionStern: UInt16 = 0, dimensionPort: UInt8 = 0, dimensionStarboard: UInt8 = 0, callsign: FixedString<7> = FixedString(), name: FixedString<20> = FixedString(), tslc: UInt16 = 0, flags: AisFlags = AisFlags(rawValue: 0)) {
        self.mmsi = mmsi
        self.lat = lat
        self.lon = lon
        self.cog = cog
        self.heading = heading
        self.velocity = velocity
        self.turnRate = turnRate
        self.navigationalStatus = navigationalStatus
        self.type = type
        self.dimensionBow = dimensionBow
        self.dimensionStern = dimensionStern
        self.dimensionPort = dimensionPort
        self.dimensionStarboard = dimensionStarboard
        self.callsign = callsign
        self.name = name
        self.tslc = tslc
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        mmsi = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lat = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        cog = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        heading = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        velocity = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        dimensionBow = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        dimensionStern = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        tslc = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        flags = AisFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)))
        turnRate = _p.loadUnaligned(fromByteOffset: 26, as: Int8.self)
        navigationalStatus = AisNavStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)))
        type = AisType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)))
        dimensionPort = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
        dimensionStarboard = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        callsign = FixedString.load(from: _p, at: 31)
        name = FixedString.load(from: _p, at: 38)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: mmsi, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lat, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: cog, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: heading, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: velocity, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: dimensionBow, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: dimensionStern, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: tslc, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: turnRate, toByteOffset: 26, as: Int8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: navigationalStatus.rawValue), toByteOffset: 27, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: dimensionPort, toByteOffset: 29, as: UInt8.self)
        _p.storeBytes(of: dimensionStarboard, toByteOffset: 30, as: UInt8.self)
        callsign.store(to: _p, at: 31)
        name.store(to: _p, at: 38)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("MMSI", mmsi)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("COG", cog)
        v.visit("heading", heading)
        v.visit("velocity", velocity)
        v.visit("turn_rate", turnRate)
        v.visit("navigational_status", UInt8(truncatingIfNeeded: navigationalStatus.rawValue))
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("dimension_bow", dimensionBow)
        v.visit("dimension_stern", dimensionStern)
        v.visit("dimension_port", dimensionPort)
        v.visit("dimension_starboard", dimensionStarboard)
        v.visit("callsign", callsign)
        v.visit("name", name)
        v.visit("tslc", tslc)
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
    }
}
