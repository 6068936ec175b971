// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A certain mission item has been reached. The system will either hold this position (or circle on the orbit) or (if the autocontinue on the WP was set) continue to the next waypoint.
///
/// MAVLink message `MISSION_ITEM_REACHED` (id 46).
public struct MissionItemReached: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 46 }
    @inlinable public static var name: StaticString { "MISSION_ITEM_REACHED" }
    @inlinable public static var crcExtra: UInt8 { 11 }
    @inlinable public static var minLength: Int { 2 }
    @inlinable public static var maxLength: Int { 2 }

    /// Sequence
    public var seq: UInt16

    public init(seq: UInt16 = 0) {
        self.seq = seq
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seq = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seq, toByteOffset: 0, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("seq", seq)
    }
}
