// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A change to the sequence number indicates that the set of AVAILABLE_MODES has changed, and that the receiver should re-request all available modes.
///
/// The message is optional, and is only needed when the set of modes can change dynamically after boot.
/// It should be emitted whenever the set of modes change.
/// It should be streamed at low rate (nominally 0.3 Hz).
/// See https://mavlink.io/en/services/standard_modes.html
///
/// MAVLink message `AVAILABLE_MODES_MONITOR` (id 437).
public struct AvailableModesMonitor: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 437 }
    @inlinable public static var name: StaticString { "AVAILABLE_MODES_MONITOR" }
    @inlinable public static var crcExtra: UInt8 { 30 }
    @inlinable public static var minLength: Int { 1 }
    @inlinable public static var maxLength: Int { 1 }

    /// Sequence number. The value iterates sequentially whenever AVAILABLE_MODES changes (e.g. support for a new mode is added/removed dynamically).
    public var seq: UInt8

    public init(seq: UInt8 = 0) {
        self.seq = seq
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seq = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seq, toByteOffset: 0, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("seq", seq)
    }
}
