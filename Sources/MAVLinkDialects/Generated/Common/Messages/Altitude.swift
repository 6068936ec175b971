// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The current system altitude.
///
/// MAVLink message `ALTITUDE` (id 141).
public struct Altitude: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 141 }
    @inlinable public static var name: StaticString { "ALTITUDE" }
    @inlinable public static var crcExtra: UInt8 { 47 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 32 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// This altitude measure is initialized on system boot and monotonic (it is never reset, but represents the local altitude change). The only guarantee on this field is that it will never be reset and is consistent within a flight. The recommended value for this field is the uncorrected barometric altitude at boot time. This altitude will also drift and vary between flights.
    /// Units: m.
    public var altitudeMonotonic: Float
    /// This altitude measure is strictly above mean sea level and might be non-monotonic (it might reset on events like GPS lock or when a new QNH value is set). It should be the altitude to which global altitude waypoints are compared to. Note that it is *not* the GPS altitude, however, most GPS modules already output MSL by default and not the WGS84 altitude.
    /// Units: m.
    public var altitudeAmsl: Float
    /// This is the local altitude in the local coordinate frame. It is not the altitude above home, but in reference to the coordinate origin (0, 0, 0). It is up-positive.
    /// Units: m.
    public var altitudeLocal: Float
    /// This is the altitude above the home position. It resets on each change of the current home position.
    /// Units: m.
    public var altitudeRelative: Float
    /// This is the altitude above terrain. It might be fed by a terrain database or an altimeter. Values smaller than -1000 should be interpreted as unknown.
    /// Units: m.
    public var altitudeTerrain: Float
    /// This is not the altitude, but the clear space below the system according to the fused clearance estimate. It generally should max out at the maximum range of e.g. the laser altimeter. It is generally a moving target. A negative value indicates no measurement available.
    /// Units: m.
    public var bottomClearance: Float

    public init(timeUsec: UInt64 = 0, altitudeMonotonic: Float = 0, altitudeAmsl: Float = 0, altitudeLocal: Float = 0, altitudeRelative: Float = 0, altitudeTerrain: Float = 0, bottomClearance: Float = 0) {
        self.timeUsec = timeUsec
        self.altitudeMonotonic = altitudeMonotonic
        self.altitudeAmsl = altitudeAmsl
        self.altitudeLocal = altitudeLocal
        self.altitudeRelative = altitudeRelative
        self.altitudeTerrain = altitudeTerrain
        self.bottomClearance = bottomClearance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        altitudeMonotonic = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        altitudeAmsl = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        altitudeLocal = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        altitudeRelative = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        altitudeTerrain = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        bottomClearance = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: altitudeMonotonic, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: altitudeAmsl, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: altitudeLocal, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: altitudeRelative, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: altitudeTerrain, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: bottomClearance, toByteOffset: 28, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("altitude_monotonic", altitudeMonotonic)
        v.visit("altitude_amsl", altitudeAmsl)
        v.visit("altitude_local", altitudeLocal)
        v.visit("altitude_relative", altitudeRelative)
        v.visit("altitude_terrain", altitudeTerrain)
        v.visit("bottom_clearance", bottomClearance)
    }
}
