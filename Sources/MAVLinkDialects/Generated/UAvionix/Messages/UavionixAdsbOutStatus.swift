// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status message with information from UCP Heartbeat and Status messages.
///
/// MAVLink message `UAVIONIX_ADSB_OUT_STATUS` (id 10008).
public struct UavionixAdsbOutStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10008 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 240 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 14 }

    /// ADS-B transponder status state flags
    /// Values: `UavionixAdsbOutStatusState`.
    public var state: UavionixAdsbOutStatusState
    /// Mode A code (typically 1200 [0x04B0] for VFR)
    public var squawk: UInt16
    /// Integrity and Accuracy of traffic reported as a 4-bit value for each field (NACp 7:4, NIC 3:0) and encoded by Containment Radius (HPL) and Estimated Position Uncertainty (HFOM), respectively
    /// Values: `UavionixAdsbOutStatusNicNacp`.
    public var nicNACp: UavionixAdsbOutStatusNicNacp
    /// Board temperature in C
    public var boardTemp: UInt8
    /// ADS-B transponder fault flags
    /// Values: `UavionixAdsbOutStatusFault`.
    public var fault: UavionixAdsbOutStatusFault
    /// Flight Identification: 8 ASCII characters, '0' through '9', 'A' through 'Z' or space. Spaces (0x20) used as a trailing pad character, or when call sign is unavailable.
    public var flightId: FixedString<8>

    public init(state: UavionixAdsbOutStatusState = UavionixAdsbOutStatusState(rawValue: 0), squawk: UInt16 = 0, nicNACp: UavionixAdsbOutStatusNicNacp = UavionixAdsbOutStatusNicNacp(rawValue: 0), boardTemp: UInt8 = 0, fault: UavionixAdsbOutStatusFault = UavionixAdsbOutStatusFault(rawValue: 0), flightId: FixedString<8> = FixedString()) {
        self.state = state
        self.squawk = squawk
        self.nicNACp = nicNACp
        self.boardTemp = boardTemp
        self.fault = fault
        self.flightId = flightId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        squawk = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        state = UavionixAdsbOutStatusState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
        nicNACp = UavionixAdsbOutStatusNicNacp(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)))
        boardTemp = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        fault = UavionixAdsbOutStatusFault(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)))
        flightId = FixedString.load(from: _p, at: 6)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: squawk, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: state.rawValue), toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: nicNACp.rawValue), toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: boardTemp, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: fault.rawValue), toByteOffset: 5, as: UInt8.self)
        flightId.store(to: _p, at: 6)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("state", UInt8(truncatingIfNeeded: state.rawValue))
        v.visit("squawk", squawk)
        v.visit("NIC_NACp", UInt8(truncatingIfNeeded: nicNACp.rawValue))
        v.visit("boardTemp", boardTemp)
        v.visit("fault", UInt8(truncatingIfNeeded: fault.rawValue))
        v.visit("flight_id", flightId)
    }
}
