// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Aircraft Registration.
///
/// MAVLink message `UAVIONIX_ADSB_OUT_CFG_REGISTRATION` (id 10004).
public struct UavionixAdsbOutCfgRegistration: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10004 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_OUT_CFG_REGISTRATION" }
    @inlinable public static var crcExtra: UInt8 { 133 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Aircraft Registration (ASCII string A-Z, 0-9 only), e.g. "N8644B ". Trailing spaces (0x20) only. This is null-terminated.
    public var registration: FixedString<9>

    public init(registration: FixedString<9> = FixedString()) {
        self.registration = registration
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        registration = FixedString.load(from: _p, at: 0)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        registration.store(to: _p, at: 0)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("registration", registration)
    }
}
