// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Read out the safety zone the MAV currently assumes.
///
/// MAVLink message `SAFETY_ALLOWED_AREA` (id 55).
public struct SafetyAllowedArea: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 55 }
    @inlinable public static var name: StaticString { "SAFETY_ALLOWED_AREA" }
    @inlinable public static var crcExtra: UInt8 { 3 }
    @inlinable public static var minLength: Int { 25 }
    @inlinable public static var maxLength: Int { 25 }

    /// Coordinate frame. Can be either global, GPS, right-handed with Z axis up or local, right handed, Z axis down.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// x position 1 / Latitude 1
    /// Units: m.
    public var p1x: Float
    /// y position 1 / Longitude 1
    /// Units: m.
    public var p1y: Float
    /// z position 1 / Altitude 1
    /// Units: m.
    public var p1z: Float
    /// x position 2 / Latitude 2
    /// Units: m.
    public var p2x: Float
    /// y position 2 / Longitude 2
    /// Units: m.
    public var p2y: Float
    /// z position 2 / Altitude 2
    /// Units: m.
    public var p2z: Float

    public init(frame: MAVFrame = MAVFrame(rawValue: 0), p1x: Float = 0, p1y: Float = 0, p1z: Float = 0, p2x: Float = 0, p2y: Float = 0, p2z: Float = 0) {
        self.frame = frame
        self.p1x = p1x
        self.p1y = p1y
        self.p1z = p1z
        self.p2x = p2x
        self.p2y = p2y
        self.p2z = p2z
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        p1x = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        p1y = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        p1z = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        p2x = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        p2y = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        p2z = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: p1x, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: p1y, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: p1z, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: p2x, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: p2y, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: p2z, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 24, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("p1x", p1x)
        v.visit("p1y", p1y)
        v.visit("p1z", p1z)
        v.visit("p2x", p2x)
        v.visit("p2y", p2y)
        v.visit("p2z", p2z)
    }
}
