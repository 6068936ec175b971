// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data packet for images sent using the Image Transmission Protocol: https://mavlink.io/en/services/image_transmission.html.
///
/// MAVLink message `ENCAPSULATED_DATA` (id 131).
public struct EncapsulatedData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 131 }
    @inlinable public static var name: StaticString { "ENCAPSULATED_DATA" }
    @inlinable public static var crcExtra: UInt8 { 223 }
    @inlinable public static var minLength: Int { 255 }
    @inlinable public static var maxLength: Int { 255 }

    /// sequence number (starting with 0 on every transmission)
    public var seqnr: UInt16
    /// image data bytes
    public var data: FixedArray<253, UInt8>

    public init(seqnr: UInt16 = 0, data: FixedArray<253, UInt8> = FixedArray(repeating: 0)) {
        self.seqnr = seqnr
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seqnr = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        data = FixedArray.load(from: _p, at: 2)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seqnr, toByteOffset: 0, as: UInt16.self)
        data.store(to: _p, at: 2)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("seqnr", seqnr)
        v.visit("data", data)
    }
}
