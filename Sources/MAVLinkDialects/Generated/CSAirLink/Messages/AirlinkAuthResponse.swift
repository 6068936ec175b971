// Generated from csAirLink.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Response to the authorization request
///
/// MAVLink message `AIRLINK_AUTH_RESPONSE` (id 52001).
public struct AirlinkAuthResponse: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 52001 }
    @inlinable public static var name: StaticString { "AIRLINK_AUTH_RESPONSE" }
    @inlinable public static var crcExtra: UInt8 { 239 }
    @inlinable public static var minLength: Int { 1 }
    @inlinable public static var maxLength: Int { 1 }

    /// Response type
    /// Values: `AirlinkAuthResponseType`.
    public var respType: AirlinkAuthResponseType

    public init(respType: AirlinkAuthResponseType = AirlinkAuthResponseType(rawValue: 0)) {
        self.respType = respType
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        respType = AirlinkAuthResponseType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: respType.rawValue), toByteOffset: 0, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("resp_type", UInt8(truncatingIfNeeded: respType.rawValue))
    }
}
