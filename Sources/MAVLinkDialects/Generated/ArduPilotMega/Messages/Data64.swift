// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data packet, size 64.
///
/// MAVLink message `DATA64` (id 171).
public struct Data64: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 171 }
    @inlinable public static var name: StaticString { "DATA64" }
    @inlinable public static var crcExtra: UInt8 { 181 }
    @inlinable public static var minLength: Int { 66 }
    @inlinable public static var maxLength: Int { 66 }

    /// Data type.
    public var type: UInt8
    /// Data length.
    /// Units: bytes.
    public var len: UInt8
    /// Raw data.
    public var data: FixedArray<64, UInt8>

    public init(type: UInt8 = 0, len: UInt8 = 0, data: FixedArray<64, UInt8> = FixedArray(repeating: 0)) {
        self.type = type
        self.len = len
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        type = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        len = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 2)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: type, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: len, toByteOffset: 1, as: UInt8.self)
        data.store(to: _p, at: 2)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("type", type)
        v.visit("len", len)
        v.visit("data", data)
    }
}
