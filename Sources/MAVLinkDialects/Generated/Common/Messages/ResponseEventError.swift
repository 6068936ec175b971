// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Response to a REQUEST_EVENT in case of an error (e.g. the event is not available anymore).
///
/// MAVLink message `RESPONSE_EVENT_ERROR` (id 413).
public struct ResponseEventError: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 413 }
    @inlinable public static var name: StaticString { "RESPONSE_EVENT_ERROR" }
    @inlinable public static var crcExtra: UInt8 { 77 }
    @inlinable public static var minLength: Int { 7 }
    @inlinable public static var maxLength: Int { 7 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Sequence number.
    public var sequence: UInt16
    /// Oldest Sequence number that is still available after the sequence set in REQUEST_EVENT.
    public var sequenceOldestAvailable: UInt16
    /// Error reason.
    /// Values: `MAVEventErrorReason`.
    public var reason: MAVEventErrorReason

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, sequence: UInt16 = 0, sequenceOldestAvailable: UInt16 = 0, reason: MAVEventErrorReason = MAVEventErrorReason(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.sequence = sequence
        self.sequenceOldestAvailable = sequenceOldestAvailable
        self.reason = reason
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        sequenceOldestAvailable = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        reason = MAVEventErrorReason(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: sequenceOldestAvailable, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: reason.rawValue), toByteOffset: 6, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("sequence", sequence)
        v.visit("sequence_oldest_available", sequenceOldestAvailable)
        v.visit("reason", UInt8(truncatingIfNeeded: reason.rawValue))
    }
}
