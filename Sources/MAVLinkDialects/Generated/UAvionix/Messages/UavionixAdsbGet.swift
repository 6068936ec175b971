// Generated from uAvionix.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request messages.
///
/// MAVLink message `UAVIONIX_ADSB_GET` (id 10006).
public struct UavionixAdsbGet: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10006 }
    @inlinable public static var name: StaticString { "UAVIONIX_ADSB_GET" }
    @inlinable public static var crcExtra: UInt8 { 193 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// Message ID to request. Supports any message in this 10000-10099 range
    public var reqMessageId: UInt32

    public init(reqMessageId: UInt32 = 0) {
        self.reqMessageId = reqMessageId
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        reqMessageId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: reqMessageId, toByteOffset: 0, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("ReqMessageId", reqMessageId)
    }
}
