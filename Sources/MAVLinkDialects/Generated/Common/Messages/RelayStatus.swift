// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reports the on/off state of relays, as controlled by MAV_CMD_DO_SET_RELAY.
/// Message streaming should be requested using MAV_CMD_SET_MESSAGE_INTERVAL.
/// Note that it should not be sent on every relay state change to avoid flooding the link.
///
/// MAVLink message `RELAY_STATUS` (id 376).
public struct RelayStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 376 }
    @inlinable public static var name: StaticString { "RELAY_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 199 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Relay states. Relay instance numbers are represented as individual bits in this mask by offset.
    public var on: UInt16
    /// Relay present. Relay instance numbers are represented as individual bits in this mask by offset.  Bits will be true if a relay instance is configured.
    public var present: UInt16

    public init(timeBootMs: UInt32 = 0, on: UInt16 = 0, present: UInt16 = 0) {
        self.timeBootMs = timeBootMs
        self.on = on
        self.present = present
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        on = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        present = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: on, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: present, toByteOffset: 6, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("on", on)
        v.visit("present", present)
    }
}
