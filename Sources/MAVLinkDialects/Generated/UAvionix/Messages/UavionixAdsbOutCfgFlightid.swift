// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Flight Identification for ADSB-Out vehicles.
///
/// MAVLink message `UAVIONIX_ADSB_OUT_CFG_FLIGHTID` (id 10005).
public struct UavionixAdsbOutCfgFlightid: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10005 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_CFG_FLIGHTID" }
    @inlinable public static var crcExtra: UInt8 { 103 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Flight Identification: 8 ASCII characters, '0' through '9', 'A' through 'Z' or space. Spaces (0x20) used as a trailing pad character, or when call sign is unavailable. Reflects Control message setting. This is null-terminated.
    public var flightId: FixedString<9>

    public init(flightId: FixedString<9> = FixedString()) {
        self.flightId = flightId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        flightId = FixedString.load(from: _p, at: 0)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        flightId.store(to: _p, at: 0)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("flight_id", flightId)
    }
}
