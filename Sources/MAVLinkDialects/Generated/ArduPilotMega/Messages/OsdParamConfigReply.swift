// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Configure OSD parameter reply.
///
/// MAVLink message `OSD_PARAM_CONFIG_REPLY` (id 11034).
public struct OsdParamConfigReply: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11034 }
    @inlinable public static var name: StaticString { "OSD_PARAM_CONFIG_REPLY" }
    @inlinable public static var crcExtra: UInt8 { 79 }
    @inlinable public static var minLength: Int { 5 }
    @inlinable public static var maxLength: Int { 5 }

    /// Request ID - copied from request.
    public var requestId: UInt32
    /// Config error type.
    /// Values: `OsdParamConfigError`.
    public var result: OsdParamConfigError

    public init(requestId: UInt32 = 0, result: OsdParamConfigError = OsdParamConfigError(rawValue: 0)) {
        self.requestId = requestId
        self.result = result
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        result = OsdParamConfigError(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: result.rawValue), toByteOffset: 4, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("request_id", requestId)
        v.visit("result", UInt8(truncatingIfNeeded: result.rawValue))
    }
}
