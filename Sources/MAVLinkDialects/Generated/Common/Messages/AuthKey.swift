// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Emit an encrypted signature / key identifying this system. PLEASE NOTE: This protocol has been kept simple, so transmitting the key requires an encrypted channel for true safety.
///
/// MAVLink message `AUTH_KEY` (id 7).
public struct AuthKey: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 7 }
    @inlinable public static var name: StaticString { "AUTH_KEY" }
    @inlinable public static var crcExtra: UInt8 { 119 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 32 }

    /// key
    public var key: FixedString<32>

    public init(key: FixedString<32> = FixedString()) {
        self.key = key
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        key = FixedString.load(from: _p, at: 0)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        key.store(to: _p, at: 0)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("key", key)
    }
}
