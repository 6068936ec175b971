// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Report button state change.
///
/// MAVLink message `BUTTON_CHANGE` (id 257).
public struct ButtonChange: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 257 }
    @inlinable public static var name: StaticString { "BUTTON_CHANGE" }
    @inlinable public static var crcExtra: UInt8 { 131 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Time of last change of button state.
    /// Units: ms.
    public var lastChangeMs: UInt32
    /// Bitmap for state of buttons.
    public var state: UInt8

    public init(timeBootMs: UInt32 = 0, lastChangeMs: UInt32 = 0, state: UInt8 = 0) {
        self.timeBootMs = timeBootMs
        self.lastChangeMs = lastChangeMs
        self.state = state
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lastChangeMs = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        state = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lastChangeMs, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: state, toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("last_change_ms", lastChangeMs)
        v.visit("state", state)
    }
}
