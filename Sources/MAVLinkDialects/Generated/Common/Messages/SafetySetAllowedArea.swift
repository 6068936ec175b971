// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set a safety zone (volume), which is defined by two corners of a cube. This message can be used to tell the MAV which setpoints/waypoints to accept and which to reject. Safety areas are often enforced by national or competition regulations.
///
/// MAVLink message `SAFETY_SET_ALLOWED_AREA` (id 54).
public struct SafetySetAllowedArea: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 54 }
    @inlinable public static var name: StaticString { "SAFETY_SET_ALLOWED_AREA" }
    @inlinable public static var crcExtra: UInt8 { 15 }
    @inlinable public static var minLength: Int { 27 }
    @inlinable public static var maxLength: Int { 27 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
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

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, frame: MAVFrame = MAVFrame(rawValue: 0), p1x: Float = 0, p1y: Float = 0, p1z: Float = 0, p2x: Float = 0, p2y: Float = 0, p2z: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
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
        targetSystem = _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 25, as: UInt8.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: p1x, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: p1y, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: p1z, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: p2x, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: p2y, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: p2z, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 25, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 26, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("p1x", p1x)
        v.visit("p1y", p1y)
        v.visit("p1z", p1z)
        v.visit("p2x", p2x)
        v.visit("p2y", p2y)
        v.visit("p2z", p2z)
    }
}
