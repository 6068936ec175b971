// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Static data to configure the ADS-B transponder (send within 10 sec of a POR and every 10 sec thereafter)
///
/// MAVLink message `UAVIONIX_ADSB_OUT_CFG` (id 10001).
public struct UavionixAdsbOutCfg: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10001 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_CFG" }
    @inlinable public static var crcExtra: UInt8 { 209 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 20 }

    /// Vehicle address (24 bit)
    public var icao: UInt32
    /// Vehicle identifier (8 characters, null terminated, valid characters are A-Z, 0-9, " " only)
    public var callsign: FixedString<9>
    /// Transmitting vehicle type. See ADSB_EMITTER_TYPE enum
    /// Values: `AdsbEmitterType`.
    public var emitterType: AdsbEmitterType
    /// Aircraft length and width encoding (table 2-35 of DO-282B)
    /// Values: `UavionixAdsbOutCfgAircraftSize`.
    public var aircraftSize: UavionixAdsbOutCfgAircraftSize
    /// GPS antenna lateral offset (table 2-36 of DO-282B)
    /// Values: `UavionixAdsbOutCfgGpsOffsetLat`.
    public var gpsOffsetLat: UavionixAdsbOutCfgGpsOffsetLat
    /// GPS antenna longitudinal offset from nose [if non-zero, take position (in meters) divide by 2 and add one] (table 2-37 DO-282B)
    /// Values: `UavionixAdsbOutCfgGpsOffsetLon`.
    public var gpsOffsetLon: UavionixAdsbOutCfgGpsOffsetLon
    /// Aircraft stall speed in cm/s
    /// Units: cm/s.
    public var stallSpeed: UInt16
    /// ADS-B transponder receiver and transmit enable flags
    /// Values: `UavionixAdsbOutRfSelect`.
    public var rfSelect: UavionixAdsbOutRfSelect

    public init(icao: UInt32 = 0, callsign: FixedString<9> = FixedString(), emitterType: AdsbEmitterType = AdsbEmitterType(rawValue: 0), aircraftSize: UavionixAdsbOutCfgAircraftSize = UavionixAdsbOutCfgAircraftSize(rawValue: 0), gpsOffsetLat: UavionixAdsbOutCfgGpsOffsetLat = UavionixAdsbOutCfgGpsOffsetLat(rawValue: 0), gpsOffsetLon: UavionixAdsbOutCfgGpsOffsetLon = UavionixAdsbOutCfgGpsOffsetLon(rawValue: 0), stallSpeed: UInt16 = 0, rfSelect: UavionixAdsbOutRfSelect = UavionixAdsbOutRfSelect(rawValue: 0)) {
        self.icao = icao
        self.callsign = callsign
        self.emitterType = emitterType
        self.aircraftSize = aircraftSize
        self.gpsOffsetLat = gpsOffsetLat
        self.gpsOffsetLon = gpsOffsetLon
        self.stallSpeed = stallSpeed
        self.rfSelect = rfSelect
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        icao = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        stallSpeed = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        callsign = FixedString.load(from: _p, at: 6)
        emitterType = AdsbEmitterType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 15, as: UInt8.self)))
        aircraftSize = UavionixAdsbOutCfgAircraftSize(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)))
        gpsOffsetLat = UavionixAdsbOutCfgGpsOffsetLat(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)))
        gpsOffsetLon = UavionixAdsbOutCfgGpsOffsetLon(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)))
        rfSelect = UavionixAdsbOutRfSelect(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: icao, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: stallSpeed, toByteOffset: 4, as: UInt16.self)
        callsign.store(to: _p, at: 6)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: emitterType.rawValue), toByteOffset: 15, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: aircraftSize.rawValue), toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: gpsOffsetLat.rawValue), toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: gpsOffsetLon.rawValue), toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: rfSelect.rawValue), toByteOffset: 19, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("ICAO", icao)
        v.visit("callsign", callsign)
        v.visit("emitterType", UInt8(truncatingIfNeeded: emitterType.rawValue))
        v.visit("aircraftSize", UInt8(truncatingIfNeeded: aircraftSize.rawValue))
        v.visit("gpsOffsetLat", UInt8(truncatingIfNeeded: gpsOffsetLat.rawValue))
        v.visit("gpsOffsetLon", UInt8(truncatingIfNeeded: gpsOffsetLon.rawValue))
        v.visit("stallSpeed", stallSpeed)
        v.visit("rfSelect", UInt8(truncatingIfNeeded: rfSelect.rawValue))
    }
}
