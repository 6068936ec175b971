// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Modify the filter of what CAN messages to forward over the mavlink. This can be used to make CAN forwarding work well on low bandwidth links. The filtering is applied on bits 8 to 24 of the CAN id (2nd and 3rd bytes) which corresponds to the DroneCAN message ID for DroneCAN. Filters with more than 16 IDs can be constructed by sending multiple CAN_FILTER_MODIFY messages.
///
/// MAVLink message `CAN_FILTER_MODIFY` (id 388).
public struct CanFilterModify: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 388 }
    @inlinable public static var name: StaticString { "CAN_FILTER_MODIFY" }
    @inlinable public static var crcExtra: UInt8 { 8 }
    @inlinable public static var minLength: Int { 37 }
    @inlinable public static var maxLength: Int { 37 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// bus number
    public var bus: UInt8
    /// what operation to perform on the filter list. See CAN_FILTER_OP enum.
    /// Values: `CanFilterOp`.
    public var operation: CanFilterOp
    /// number of IDs in filter list
    public var numIds: UInt8
    /// filter IDs, length num_ids
    public var ids: FixedArray<16, UInt16>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, bus: UInt8 = 0, operation: CanFilterOp = CanFilterOp(rawValue: 0), numIds: UInt8 = 0, ids: FixedArray<16, UInt16> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.bus = bus
        self.operation = operation
        self.numIds = numIds
        self.ids = ids
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        ids = FixedArray.load(from: _p, at: 0)
        targetSystem = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        bus = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
        operation = CanFilterOp(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 35, as: UInt8.self)))
        numIds = _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        ids.store(to: _p, at: 0)
        _p.storeBytes(of: targetSystem, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: bus, toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: operation.rawValue), toByteOffset: 35, as: UInt8.self)
        _p.storeBytes(of: numIds, toByteOffset: 36, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("bus", bus)
        v.visit("operation", UInt8(truncatingIfNeeded: operation.rawValue))
        v.visit("num_ids", numIds)
        v.visit("ids", ids)
    }
}
