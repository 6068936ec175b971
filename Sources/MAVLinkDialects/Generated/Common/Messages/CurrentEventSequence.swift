// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Regular broadcast for the current latest event sequence number for a component. This is used to check for dropped events.
///
/// MAVLink message `CURRENT_EVENT_SEQUENCE` (id 411).
public struct CurrentEventSequence: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 411 }
    @inlinable public static var name: StaticString { "CURRENT_EVENT_SEQUENCE" }
    @inlinable public static var crcExtra: UInt8 { 106 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 3 }

    /// Sequence number.
    public var sequence: UInt16
    /// Flag bitset.
    /// Values: `MAVEventCurrentSequenceFlags`.
    public var flags: MAVEventCurrentSequenceFlags

    public init(sequence: UInt16 = 0, flags: MAVEventCurrentSequenceFlags = MAVEventCurrentSequenceFlags(rawValue: 0)) {
        self.sequence = sequence
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        flags = MAVEventCurrentSequenceFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 2, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("sequence", sequence)
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
    }
}
