// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Dynamic data used to generate ADS-B out transponder data (send at 5Hz)
///
/// MAVLink message `UAVIONIX_ADSB_OUT_DYNAMIC` (id 10002).
public struct UavionixAdsbOutDynamic: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10002 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_DYNAMIC" }
    @inlinable public static var crcExtra: UInt8 { 186 }
    @inlinable public static var minLength: Int { 41 }
    @inlinable public static var maxLength: Int { 41 }

    /// UTC time in seconds since GPS epoch (Jan 6, 1980). If unknown set to UINT32_MAX
    /// Units: s.
    public var utcTime: UInt32
    /// Latitude WGS84 (deg * 1E7). If unknown set to INT32_MAX
    /// Units: degE7.
    public var gpsLat: Int32
    /// Longitude WGS84 (deg * 1E7). If unknown set to INT32_MAX
    /// Units: degE7.
    public var gpsLon: Int32
    /// Altitude (WGS84). UP +ve. If unknown set to INT32_MAX
    /// Units: mm.
    public var gpsAlt: Int32
    /// 0-1: no fix, 2: 2D fix, 3: 3D fix, 4: DGPS, 5: RTK
    /// Values: `UavionixAdsbOutDynamicGpsFix`.
    public var gpsFix: UavionixAdsbOutDynamicGpsFix
    /// Number of satellites visible. If unknown set to UINT8_MAX
    public var numSats: UInt8
    /// Barometric pressure altitude (MSL) relative to a standard atmosphere of 1013.2 mBar and NOT bar corrected altitude (m * 1E-3). (up +ve). If unknown set to INT32_MAX
    /// Units: mbar.
    public var baroAltMSL: Int32
    /// Horizontal accuracy in mm (m * 1E-3). If unknown set to UINT32_MAX
    /// Units: mm.
    public var accuracyHor: UInt32
    /// Vertical accuracy in cm. If unknown set to UINT16_MAX
    /// Units: cm.
    public var accuracyVert: UInt16
    /// Velocity accuracy in mm/s (m * 1E-3). If unknown set to UINT16_MAX
    /// Units: mm/s.
    public var accuracyVel: UInt16
    /// GPS vertical speed in cm/s. If unknown set to INT16_MAX
    /// Units: cm/s.
    public var velVert: Int16
    /// North-South velocity over ground in cm/s North +ve. If unknown set to INT16_MAX
    /// Units: cm/s.
    public var velNS: Int16
    /// East-West velocity over ground in cm/s East +ve. If unknown set to INT16_MAX
    /// Units: cm/s.
    public var velEW: Int16
    /// Emergency status
    /// Values: `UavionixAdsbEmergencyStatus`.
    public var emergencyStatus: UavionixAdsbEmergencyStatus
    /// ADS-B transponder dynamic input state flags
    /// Values: `UavionixAdsbOutDynamicState`.
    public var state: UavionixAdsbOutDynamicState
    /// Mode A code (typically 1200 [0x04B0] for VFR)
    public var squawk: UInt16

    public init(utcTime: UInt32 = 0, gpsLat: Int32 = 0, gpsLon: Int32 = 0, gpsAlt: Int32 = 0, gpsFix: UavionixAdsbOutDynamicGpsFix = UavionixAdsbOutDynamicGpsFix(rawValue: 0), numSats: UInt8 = 0, baroAltMSL: Int32 = 0, accuracyHor: UInt32 = 0, accuracyVert: UInt16 = 0, accuracyVel: UInt16 = 0, velVert: Int16 = 0, velNS: Int16 = 0, velEW: Int16 = 0, emergencyStatus: UavionixAdsbEmergencyStatus = UavionixAdsbEmergencyStatus(rawValue: 0), state: UavionixAdsbOutDynamicState = UavionixAdsbOutDynamicState(rawValue: 0), squawk: UInt16 = 0) {
        self.utcTime = utcTime
        self.gpsLat = gpsLat
        self.gpsLon = gpsLon
        self.gpsAlt = gpsAlt
        self.gpsFix = gpsFix
        self.numSats = numSats
        self.baroAltMSL = baroAltMSL
        self.accuracyHor = accuracyHor
        self.accuracyVert = accuracyVert
        self.accuracyVel = accuracyVel
        self.velVert = velVert
        self.velNS = velNS
        self.velEW = velEW
        self.emergencyStatus = emergencyStatus
        self.state = state
        self.squawk = squawk
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        utcTime = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        gpsLat = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        gpsLon = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        gpsAlt = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        baroAltMSL = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        accuracyHor = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        accuracyVert = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        accuracyVel = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        velVert = _p.loadUnaligned(fromByteOffset: 28, as: Int16.self)
        velNS = _p.loadUnaligned(fromByteOffset: 30, as: Int16.self)
        velEW = _p.loadUnaligned(fromByteOffset: 32, as: Int16.self)
        state = UavionixAdsbOutDynamicState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt16.self)))
        squawk = _p.loadUnaligned(fromByteOffset: 36, as: UInt16.self)
        gpsFix = UavionixAdsbOutDynamicGpsFix(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 38, as: UInt8.self)))
        numSats = _p.loadUnaligned(fromByteOffset: 39, as: UInt8.self)
        emergencyStatus = UavionixAdsbEmergencyStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: utcTime, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: gpsLat, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: gpsLon, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: gpsAlt, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: baroAltMSL, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: accuracyHor, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: accuracyVert, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: accuracyVel, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: velVert, toByteOffset: 28, as: Int16.self)
        _p.storeBytes(of: velNS, toByteOffset: 30, as: Int16.self)
        _p.storeBytes(of: velEW, toByteOffset: 32, as: Int16.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: state.rawValue), toByteOffset: 34, as: UInt16.self)
        _p.storeBytes(of: squawk, toByteOffset: 36, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: gpsFix.rawValue), toByteOffset: 38, as: UInt8.self)
        _p.storeBytes(of: numSats, toByteOffset: 39, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: emergencyStatus.rawValue), toByteOffset: 40, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("utcTime", utcTime)
        v.visit("gpsLat", gpsLat)
        v.visit("gpsLon", gpsLon)
        v.visit("gpsAlt", gpsAlt)
        v.visit("gpsFix", UInt8(truncatingIfNeeded: gpsFix.rawValue))
        v.visit("numSats", numSats)
        v.visit("baroAltMSL", baroAltMSL)
        v.visit("accuracyHor", accuracyHor)
        v.visit("accuracyVert", accuracyVert)
        v.visit("accuracyVel", accuracyVel)
        v.visit("velVert", velVert)
        v.visit("velNS", velNS)
        v.visit("VelEW", velEW)
        v.visit("emergencyStatus", UInt8(truncatingIfNeeded: emergencyStatus.rawValue))
        v.visit("state", UInt16(truncatingIfNeeded: state.rawValue))
        v.visit("squawk", squawk)
    }
}
