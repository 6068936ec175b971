// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a debug value. The index is used to discriminate between values. These values show up in the plot of QGroundControl as DEBUG N.
///
/// MAVLink message `DEBUG` (id 254).
public struct Debug: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 254 }
    @inlinable public static var name: StaticString { "DEBUG" }
    @inlinable public static var crcExtra: UInt8 { 46 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// index of debug variable
    public var ind: UInt8
    /// DEBUG value
    public var value: Float

    public init(timeBootMs: UInt32 = 0, ind: UInt8 = 0, value: Float = 0) {
        self.timeBootMs = timeBootMs
        self.ind = ind
        self.value = value
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        value = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        ind = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: value, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: ind, toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("ind", ind)
        v.visit("value", value)
    }
}
