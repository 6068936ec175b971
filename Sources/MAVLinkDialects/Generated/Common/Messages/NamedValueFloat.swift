// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a key-value pair as float. The use of this message is discouraged for normal packets, but a quite efficient way for testing new messages and getting experimental debug output.
///
/// MAVLink message `NAMED_VALUE_FLOAT` (id 251).
public struct NamedValueFloat: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 251 }
    @inlinable public static var name: StaticString { "NAMED_VALUE_FLOAT" }
    @inlinable public static var crcExtra: UInt8 { 170 }
    @inlinable public static var minLength: Int { 18 }
    @inlinable public static var maxLength: Int { 18 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Name of the debug variable
    public var name: FixedString<10>
    /// Floating point value
    public var value: Float

    public init(timeBootMs: UInt32 = 0, name: FixedString<10> = FixedString(), value: Float = 0) {
        self.timeBootMs = timeBootMs
        self.name = name
        self.value = value
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        value = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        name = FixedString.load(from: _p, at: 8)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: value, toByteOffset: 4, as: Float.self)
        name.store(to: _p, at: 8)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("name", name)
        v.visit("value", value)
    }
}
