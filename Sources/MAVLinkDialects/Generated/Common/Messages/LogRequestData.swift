// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a chunk of a log
///
/// MAVLink message `LOG_REQUEST_DATA` (id 119).
public struct LogRequestData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 119 }
    @inlinable public static var name: StaticString { "LOG_REQUEST_DATA" }
    @inlinable public static var crcExtra: UInt8 { 116 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Log id (from LOG_ENTRY reply)
    public var id: UInt16
    /// Offset into the log
    public var ofs: UInt32
    /// Number of bytes
    /// Units: bytes.
    public var count: UInt32

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, id: UInt16 = 0, ofs: UInt32 = 0, count: UInt32 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.id = id
        self.ofs = ofs
        self.count = count
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        ofs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        count = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        id = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: ofs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: count, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: id, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 11, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id", id)
        v.visit("ofs", ofs)
        v.visit("count", count)
    }
}
