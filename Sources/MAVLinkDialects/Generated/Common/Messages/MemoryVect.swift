// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send raw controller memory. The use of this message is discouraged for normal packets, but a quite efficient way for testing new messages and getting experimental debug output.
///
/// MAVLink message `MEMORY_VECT` (id 249).
public struct MemoryVect: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 249 }
    @inlinable public static var name: StaticString { "MEMORY_VECT" }
    @inlinable public static var crcExtra: UInt8 { 204 }
    @inlinable public static var minLength: Int { 36 }
    @inlinable public static var maxLength: Int { 36 }

    /// Starting address of the debug variables
    public var address: UInt16
    /// Version code of the type variable. 0=unknown, type ignored and assumed int16_t. 1=as below
    public var ver: UInt8
    /// Type code of the memory variables. for ver = 1: 0=16 x int16_t, 1=16 x uint16_t, 2=16 x Q15, 3=16 x 1Q14
    public var type: UInt8
    /// Memory contents at specified address
    public var value: FixedArray<32, Int8>

    public init(address: UInt16 = 0, ver: UInt8 = 0, type: UInt8 = 0, value: FixedArray<32, Int8> = FixedArray(repeating: 0)) {
        self.address = address
        self.ver = ver
        self.type = type
        self.value = value
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        address = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        ver = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        type = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        value = FixedArray.load(from: _p, at: 4)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: address, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: ver, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: type, toByteOffset: 3, as: UInt8.self)
        value.store(to: _p, at: 4)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("address", address)
        v.visit("ver", ver)
        v.visit("type", type)
        v.visit("value", value)
    }
}
