// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A forwarded CANFD frame as requested by MAV_CMD_CAN_FORWARD. These are separated from CAN_FRAME as they need different handling (eg. TAO handling)
///
/// MAVLink message `CANFD_FRAME` (id 387).
public struct CanfdFrame: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 387 }
    @inlinable public static var name: StaticString { "CANFD_FRAME" }
    @inlinable public static var crcExtra: UInt8 { 4 }
    @inlinable public static var minLength: Int { 72 }
    @inlinable public static var maxLength: Int { 72 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// bus number
    public var bus: UInt8
    /// Frame length
    public var len: UInt8
    /// Frame ID
    public var id: UInt32
    /// Frame data
    public var data: FixedArray<64, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, bus: UInt8 = 0, len: UInt8 = 0, id: UInt32 = 0, data: FixedArray<64, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.bus = bus
        self.len = len
        self.id = id
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        id = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        bus = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        len = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 8)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: id, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: bus, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: len, toByteOffset: 7, as: UInt8.self)
        data.store(to: _p, at: 8)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("bus", bus)
        v.visit("len", len)
        v.visit("id", id)
        v.visit("data", data)
    }
}
