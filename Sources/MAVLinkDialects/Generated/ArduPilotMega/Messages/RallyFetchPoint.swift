// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request a current rally point from MAV. MAV should respond with a RALLY_POINT message. MAV should not respond if the request is invalid.
///
/// MAVLink message `RALLY_FETCH_POINT` (id 176).
public struct RallyFetchPoint: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 176 }
    @inlinable public static var name: StaticString { "RALLY_FETCH_POINT" }
    @inlinable public static var crcExtra: UInt8 { 234 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Point index (first point is 0).
    public var idx: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idx: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idx = idx
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        idx = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: idx, toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("idx", idx)
    }
}
