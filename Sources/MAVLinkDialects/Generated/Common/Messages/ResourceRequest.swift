// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The autopilot is requesting a resource (file, binary, other type of data)
///
/// MAVLink message `RESOURCE_REQUEST` (id 142).
public struct ResourceRequest: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 142 }
    @inlinable public static var name: StaticString { "RESOURCE_REQUEST" }
    @inlinable public static var crcExtra: UInt8 { 72 }
    @inlinable public static var minLength: Int { 243 }
    @inlinable public static var maxLength: Int { 243 }

    /// Request ID. This ID should be reused when sending back URI contents
    public var requestId: UInt8
    /// The type of requested URI. 0 = a file via URL. 1 = a UAVCAN binary
    public var uriType: UInt8
    /// The requested unique resource identifier (URI). It is not necessarily a straight domain name (depends on the URI type enum)
    public var uri: FixedArray<120, UInt8>
    /// The way the autopilot wants to receive the URI. 0 = MAVLink FTP. 1 = binary stream.
    public var transferType: UInt8
    /// The storage path the autopilot wants the URI to be stored in. Will only be valid if the transfer_type has a storage associated (e.g. MAVLink FTP).
    public var storage: FixedArray<120, UInt8>

    public init(requestId: UInt8 = 0, uriType: UInt8 = 0, uri: FixedArray<120, UInt8> = FixedArray(repeating: 0), transferType: UInt8 = 0, storage: FixedArray<120, UInt8> = FixedArray(repeating: 0)) {
        self.requestId = requestId
        self.uriType = uriType
        self.uri = uri
        self.transferType = transferType
        self.storage = storage
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        requestId = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        uriType = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        uri = FixedArray.load(from: _p, at: 2)
        transferType = _p.loadUnaligned(fromByteOffset: 122, as: UInt8.self)
        storage = FixedArray.load(from: _p, at: 123)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: requestId, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: uriType, toByteOffset: 1, as: UInt8.self)
        uri.store(to: _p, at: 2)
        _p.storeBytes(of: transferType, toByteOffset: 122, as: UInt8.self)
        storage.store(to: _p, at: 123)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("request_id", requestId)
        v.visit("uri_type", uriType)
        v.visit("uri", uri)
        v.visit("transfer_type", transferType)
        v.visit("storage", storage)
    }
}
