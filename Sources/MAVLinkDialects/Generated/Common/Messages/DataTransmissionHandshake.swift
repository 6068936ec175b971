// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Handshake message to initiate, control and stop image streaming when using the Image Transmission Protocol: https://mavlink.io/en/services/image_transmission.html.
///
/// MAVLink message `DATA_TRANSMISSION_HANDSHAKE` (id 130).
public struct DataTransmissionHandshake: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 130 }
    @inlinable public static var name: StaticString { "DATA_TRANSMISSION_HANDSHAKE" }
    @inlinable public static var crcExtra: UInt8 { 29 }
    @inlinable public static var minLength: Int { 13 }
    @inlinable public static var maxLength: Int { 13 }

    /// Type of requested/acknowledged data.
    /// Values: `MAVLinkDataStreamType`.
    public var type: MAVLinkDataStreamType
    /// total data size (set on ACK only).
    /// Units: bytes.
    public var size: UInt32
    /// Width of a matrix or image.
    public var width: UInt16
    /// Height of a matrix or image.
    public var height: UInt16
    /// Number of packets being sent (set on ACK only).
    public var packets: UInt16
    /// Payload size per packet (normally 253 byte, see DATA field size in message ENCAPSULATED_DATA) (set on ACK only).
    /// Units: bytes.
    public var payload: UInt8
    /// JPEG quality. Values: [1-100].
    /// Units: %.
    public var jpgQuality: UInt8

    public init(type: MAVLinkDataStreamType = MAVLinkDataStreamType(rawValue: 0), size: UInt32 = 0, width: UInt16 = 0, height: UInt16 = 0, packets: UInt16 = 0, payload: UInt8 = 0, jpgQuality: UInt8 = 0) {
        self.type = type
        self.size = size
        self.width = width
        self.height = height
        self.packets = packets
        self.payload = payload
        self.jpgQuality = jpgQuality
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        size = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        width = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        height = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        packets = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        type = MAVLinkDataStreamType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)))
        payload = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        jpgQuality = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: size, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: width, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: height, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: packets, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: payload, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: jpgQuality, toByteOffset: 12, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("size", size)
        v.visit("width", width)
        v.visit("height", height)
        v.visit("packets", packets)
        v.visit("payload", payload)
        v.visit("jpg_quality", jpgQuality)
    }
}
