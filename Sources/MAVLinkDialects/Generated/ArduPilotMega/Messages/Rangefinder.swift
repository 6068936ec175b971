// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Rangefinder reporting.
///
/// MAVLink message `RANGEFINDER` (id 173).
public struct Rangefinder: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 173 }
    @inlinable public static var name: StaticString { "RANGEFINDER" }
    @inlinable public static var crcExtra: UInt8 { 83 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// Distance.
    /// Units: m.
    public var distance: Float
    /// Raw voltage if available, zero otherwise.
    /// Units: V.
    public var voltage: Float

    public init(distance: Float = 0, voltage: Float = 0) {
        self.distance = distance
        self.voltage = voltage
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        distance = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        voltage = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: distance, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: voltage, toByteOffset: 4, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("distance", distance)
        v.visit("voltage", voltage)
    }
}
