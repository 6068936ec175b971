// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// State of autopilot RAM.
///
/// MAVLink message `MEMINFO` (id 152).
public struct Meminfo: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 152 }
    @inlinable public static var name: StaticString { "MEMINFO" }
    @inlinable public static var crcExtra: UInt8 { 208 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 8 }

    /// Heap top.
    public var brkval: UInt16
    /// Free memory.
    /// Units: bytes.
    public var freemem: UInt16
    /// Free memory (32 bit).
    /// Units: bytes.
    /// MAVLink 2 extension field.
    public var freemem32: UInt32

    public init(brkval: UInt16 = 0, freemem: UInt16 = 0, freemem32: UInt32 = 0) {
        self.brkval = brkval
        self.freemem = freemem
        self.freemem32 = freemem32
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        brkval = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        freemem = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        freemem32 = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: brkval, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: freemem, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: freemem32, toByteOffset: 4, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("brkval", brkval)
        v.visit("freemem", freemem)
        v.visit("freemem32", freemem32)
    }
}
