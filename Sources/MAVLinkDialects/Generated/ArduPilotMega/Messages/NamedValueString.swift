// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a key-value pair as string. The use of this message is discouraged for normal packets, but a quite efficient way for testing new messages and getting experimental debug output.
///
/// MAVLink message `NAMED_VALUE_STRING` (id 11060).
public struct NamedValueString: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11060 }
    @inlinable public static var name: StaticString { "NAMED_VALUE_STRING" }
    @inlinable public static var crcExtra: UInt8 { 162 }
    @inlinable public static var minLength: Int { 78 }
    @inlinable public static var maxLength: Int { 78 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Name of the debug variable
    public var name: FixedString<10>
    /// Value of the debug variable
    public var value: FixedString<64>

    public init(timeBootMs: UInt32 = 0, name: FixedString<10> = FixedString(), value: FixedString<64> = FixedString()) {
        self.timeBootMs = timeBootMs
        self.name = name
        self.value = value
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        name = FixedString.load(from: _p, at: 4)
        value = FixedString.load(from: _p, at: 14)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        name.store(to: _p, at: 4)
        value.store(to: _p, at: 14)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("name", name)
        v.visit("value", value)
    }
}
