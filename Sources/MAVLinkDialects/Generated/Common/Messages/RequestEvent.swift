// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request one or more events to be (re-)sent. If first_sequence==last_sequence, only a single event is requested. Note that first_sequence can be larger than last_sequence (because the sequence number can wrap). Each sequence will trigger an EVENT or EVENT_ERROR response.
///
/// MAVLink message `REQUEST_EVENT` (id 412).
public struct RequestEvent: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 412 }
    @inlinable public static var name: StaticString { "REQUEST_EVENT" }
    @inlinable public static var crcExtra: UInt8 { 33 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// First sequence number of the requested event.
    public var firstSequence: UInt16
    /// Last sequence number of the requested event.
    public var lastSequence: UInt16

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, firstSequence: UInt16 = 0, lastSequence: UInt16 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.firstSequence = firstSequence
        self.lastSequence = lastSequence
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        firstSequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        lastSequence = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: firstSequence, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: lastSequence, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("first_sequence", firstSequence)
        v.visit("last_sequence", lastSequence)
    }
}
