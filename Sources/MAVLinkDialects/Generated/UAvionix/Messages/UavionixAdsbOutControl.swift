// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control message with all data sent in UCP control message.
///
/// MAVLink message `UAVIONIX_ADSB_OUT_CONTROL` (id 10007).
public struct UavionixAdsbOutControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10007 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 71 }
    @inlinable public static var minLength: Int { 17 }
    @inlinable public static var maxLength: Int { 17 }

    /// ADS-B transponder control state flags
    /// Values: `UavionixAdsbOutControlState`.
    public var state: UavionixAdsbOutControlState
    /// Barometric pressure altitude (MSL) relative to a standard atmosphere of 1013.2 mBar and NOT bar corrected altitude (m * 1E-3). (up +ve). If unknown set to INT32_MAX
    /// Units: mbar.
    public var baroAltMSL: Int32
    /// Mode A code (typically 1200 [0x04B0] for VFR)
    public var squawk: UInt16
    /// Emergency status
    /// Values: `UavionixAdsbEmergencyStatus`.
    public var emergencyStatus: UavionixAdsbEmergencyStatus
    /// Flight Identification: 8 ASCII characters, '0' through '9', 'A' through 'Z' or space. Spaces (0x20) used as a trailing pad character, or when call sign is unavailable.
    public var flightId: FixedString<8>
    /// X-Bit enable (military transponders only)
    /// Values: `UavionixAdsbXbit`.
    public var xBit: UavionixAdsbXbit

    public init(state: UavionixAdsbOutControlState = UavionixAdsbOutControlState(rawValue: 0), baroAltMSL: Int32 = 0, squawk: UInt16 = 0, emergencyStatus: UavionixAdsbEmergencyStatus = UavionixAdsbEmergencyStatus(rawValue: 0), flightId: FixedString<8> = FixedString(), xBit: UavionixAdsbXbit = UavionixAdsbXbit(rawValue: 0)) {
        self.state = state
        self.baroAltMSL = baroAltMSL
        self.squawk = squawk
        self.emergencyStatus = emergencyStatus
        self.flightId = flightId
        self.xBit = xBit
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        baroAltMSL = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        squawk = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        state = UavionixAdsbOutControlState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
        emergencyStatus = UavionixAdsbEmergencyStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)))
        flightId = FixedString.load(from: _p, at: 8)
        xBit = UavionixAdsbXbit(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: baroAltMSL, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: squawk, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: state.rawValue), toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: emergencyStatus.rawValue), toByteOffset: 7, as: UInt8.self)
        flightId.store(to: _p, at: 8)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: xBit.rawValue), toByteOffset: 16, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("state", UInt8(truncatingIfNeeded: state.rawValue))
        v.visit("baroAltMSL", baroAltMSL)
        v.visit("squawk", squawk)
        v.visit("emergencyStatus", UInt8(truncatingIfNeeded: emergencyStatus.rawValue))
        v.visit("flight_id", flightId)
        v.visit("x_bit", UInt8(truncatingIfNeeded: xBit.rawValue))
    }
}
