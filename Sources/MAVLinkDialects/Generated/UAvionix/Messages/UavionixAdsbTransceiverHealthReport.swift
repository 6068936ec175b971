// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Transceiver heartbeat with health report (updated every 10s)
///
/// MAVLink message `UAVIONIX_ADSB_TRANSCEIVER_HEALTH_REPORT` (id 10003).
public struct UavionixAdsbTransceiverHealthReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10003 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_TRANSCEIVER_HEALTH_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 4 }
    @inlinable public static var minLength: Int { 1 }
    @inlinable public static var maxLength: Int { 1 }

    /// ADS-B transponder messages
    /// Values: `UavionixAdsbRfHealth`.
    public var rfHealth: UavionixAdsbRfHealth

    public init(rfHealth: UavionixAdsbRfHealth = UavionixAdsbRfHealth(rawValue: 0)) {
        self.rfHealth = rfHealth
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        rfHealth = UavionixAdsbRfHealth(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: rfHealth.rawValue), toByteOffset: 0, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("rfHealth", UInt8(truncatingIfNeeded: rfHealth.rawValue))
    }
}
