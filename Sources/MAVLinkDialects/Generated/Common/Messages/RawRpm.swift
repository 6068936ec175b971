// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// RPM sensor data message.
///
/// MAVLink message `RAW_RPM` (id 339).
public struct RawRpm: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 339 }
    @inlinable public static var name: StaticString { "RAW_RPM" }
    @inlinable public static var crcExtra: UInt8 { 199 }
    @inlinable public static var minLength: Int { 5 }
    @inlinable public static var maxLength: Int { 5 }

    /// Index of this RPM sensor (0-indexed)
    public var index: UInt8
    /// Indicated rate
    /// Units: rpm.
    public var frequency: Float

    public init(index: UInt8 = 0, frequency: Float = 0) {
        self.index = index
        self.frequency = frequency
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        frequency = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        index = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: frequency, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: index, toByteOffset: 4, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("index", index)
        v.visit("frequency", frequency)
    }
}
