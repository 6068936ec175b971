// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Write registers reply.
///
/// MAVLink message `DEVICE_OP_WRITE_REPLY` (id 11003).
public struct DeviceOpWriteReply: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11003 }
    @inlinable public static var name: StaticString { "DEVICE_OP_WRITE_REPLY" }
    @inlinable public static var crcExtra: UInt8 { 64 }
    @inlinable public static var minLength: Int { 5 }
    @inlinable public static var maxLength: Int { 5 }

    /// Request ID - copied from request.
    public var requestId: UInt32
    /// 0 for success, anything else is failure code.
    public var result: UInt8

    public init(requestId: UInt32 = 0, result: UInt8 = 0) {
        self.requestId = requestId
        self.result = result
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        result = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: result, toByteOffset: 4, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("request_id", requestId)
        v.visit("result", result)
    }
}
