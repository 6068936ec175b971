// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reply to LOG_REQUEST_DATA
///
/// MAVLink message `LOG_DATA` (id 120).
public struct LogData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 120 }
    @inlinable public static var name: StaticString { "LOG_DATA" }
    @inlinable public static var crcExtra: UInt8 { 134 }
    @inlinable public static var minLength: Int { 97 }
    @inlinable public static var maxLength: Int { 97 }

    /// Log id (from LOG_ENTRY reply)
    public var id: UInt16
    /// Offset into the log
    public var ofs: UInt32
    /// Number of bytes (zero for end of log)
    /// Units: bytes.
    public var count: UInt8
    /// log data
    public var data: FixedArray<90, UInt8>

    public init(id: UInt16 = 0, ofs: UInt32 = 0, count: UInt8 = 0, data: FixedArray<90, UInt8> = FixedArray(repeating: 0)) {
        self.id = id
        self.ofs = ofs
        self.count = count
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        ofs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        id = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        count = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 7)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: ofs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: id, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: count, toByteOffset: 6, as: UInt8.self)
        data.store(to: _p, at: 7)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("ofs", ofs)
        v.visit("count", count)
        v.visit("data", data)
    }
}
