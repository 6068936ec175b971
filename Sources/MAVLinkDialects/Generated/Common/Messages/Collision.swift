// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a potential collision
///
/// MAVLink message `COLLISION` (id 247).
public struct Collision: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 247 }
    @inlinable public static var name: StaticString { "COLLISION" }
    @inlinable public static var crcExtra: UInt8 { 81 }
    @inlinable public static var minLength: Int { 19 }
    @inlinable public static var maxLength: Int { 19 }

    /// Collision data source
    /// Values: `MAVCollisionSrc`.
    public var src: MAVCollisionSrc
    /// Unique identifier, domain based on src field
    public var id: UInt32
    /// Action that is being taken to avoid this collision
    /// Values: `MAVCollisionAction`.
    public var action: MAVCollisionAction
    /// How concerned the aircraft is about this collision
    /// Values: `MAVCollisionThreatLevel`.
    public var threatLevel: MAVCollisionThreatLevel
    /// Estimated time until collision occurs
    /// Units: s.
    public var timeToMinimumDelta: Float
    /// Closest vertical distance between vehicle and object
    /// Units: m.
    public var altitudeMinimumDelta: Float
    /// Closest horizontal distance between vehicle and object
    /// Units: m.
    public var horizontalMinimumDelta: Float

    public init(src: MAVCollisionSrc = MAVCollisionSrc(rawValue: 0), id: UInt32 = 0, action: MAVCollisionAction = MAVCollisionAction(rawValue: 0), threatLevel: MAVCollisionThreatLevel = MAVCollisionThreatLevel(rawValue: 0), timeToMinimumDelta: Float = 0, altitudeMinimumDelta: Float = 0, horizontalMinimumDelta: Float = 0) {
        self.src = src
        self.id = id
        self.action = action
        self.threatLevel = threatLevel
        self.timeToMinimumDelta = timeToMinimumDelta
        self.altitudeMinimumDelta = altitudeMinimumDelta
        self.horizontalMinimumDelta = horizontalMinimumDelta
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        id = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        timeToMinimumDelta = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        altitudeMinimumDelta = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        horizontalMinimumDelta = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        src = MAVCollisionSrc(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)))
        action = MAVCollisionAction(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)))
        threatLevel = MAVCollisionThreatLevel(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: id, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: timeToMinimumDelta, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: altitudeMinimumDelta, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: horizontalMinimumDelta, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: src.rawValue), toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: action.rawValue), toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: threatLevel.rawValue), toByteOffset: 18, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("src", UInt8(truncatingIfNeeded: src.rawValue))
        v.visit("id", id)
        v.visit("action", UInt8(truncatingIfNeeded: action.rawValue))
        v.visit("threat_level", UInt8(truncatingIfNeeded: threatLevel.rawValue))
        v.visit("time_to_minimum_delta", timeToMinimumDelta)
        v.visit("altitude_minimum_delta", altitudeMinimumDelta)
        v.visit("horizontal_minimum_delta", horizontalMinimumDelta)
    }
}
