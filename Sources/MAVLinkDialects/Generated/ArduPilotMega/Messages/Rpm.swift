// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// RPM sensor output.
///
/// MAVLink message `RPM` (id 226).
public struct Rpm: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 226 }
    @inlinable public static var name: StaticString { "RPM" }
    @inlinable public static var crcExtra: UInt8 { 207 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// RPM Sensor1.
    public var rpm1: Float
    /// RPM Sensor2.
    public var rpm2: Float

    public init(rpm1: Float = 0, rpm2: Float = 0) {
        self.rpm1 = rpm1
        self.rpm2 = rpm2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        rpm1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        rpm2 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: rpm1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: rpm2, toByteOffset: 4, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("rpm1", rpm1)
        v.visit("rpm2", rpm2)
    }
}
