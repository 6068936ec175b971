// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Metrics typically displayed on a HUD for fixed wing aircraft.
///
/// MAVLink message `VFR_HUD` (id 74).
public struct VfrHud: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 74 }
    @inlinable public static var name: StaticString { "VFR_HUD" }
    @inlinable public static var crcExtra: UInt8 { 20 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 20 }

    /// Vehicle speed in form appropriate for vehicle type. For standard aircraft this is typically calibrated airspeed (CAS) or indicated airspeed (IAS) - either of which can be used by a pilot to estimate stall speed.
    /// Units: m/s.
    public var airspeed: Float
    /// Current ground speed.
    /// Units: m/s.
    public var groundspeed: Float
    /// Current heading in compass units (0-360, 0=north).
    /// Units: deg.
    public var heading: Int16
    /// Current throttle setting (0 to 100).
    /// Units: %.
    public var throttle: UInt16
    /// Current altitude (MSL).
    /// Units: m.
    public var alt: Float
    /// Current climb rate.
    /// Units: m/s.
    public var climb: Float

    public init(airspeed: Float = 0, groundspeed: Float = 0, heading: Int16 = 0, throttle: UInt16 = 0, alt: Float = 0, climb: Float = 0) {
        self.airspeed = airspeed
        self.groundspeed = groundspeed
        self.heading = heading
        self.throttle = throttle
        self.alt = alt
        self.climb = climb
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        airspeed = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        groundspeed = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        alt = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        climb = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        heading = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        throttle = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: airspeed, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: groundspeed, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: alt, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: climb, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: heading, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: throttle, toByteOffset: 18, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("airspeed", airspeed)
        v.visit("groundspeed", groundspeed)
        v.visit("heading", heading)
        v.visit("throttle", throttle)
        v.visit("alt", alt)
        v.visit("climb", climb)
    }
}
