// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The state of the navigation and position controller.
///
/// MAVLink message `NAV_CONTROLLER_OUTPUT` (id 62).
public struct NavControllerOutput: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 62 }
    @inlinable public static var name: StaticString { "NAV_CONTROLLER_OUTPUT" }
    @inlinable public static var crcExtra: UInt8 { 183 }
    @inlinable public static var minLength: Int { 26 }
    @inlinable public static var maxLength: Int { 26 }

    /// Current desired roll
    /// Units: deg.
    public var navRoll: Float
    /// Current desired pitch
    /// Units: deg.
    public var navPitch: Float
    /// Current desired heading
    /// Units: deg.
    public var navBearing: Int16
    /// Bearing to current waypoint/target
    /// Units: deg.
    public var targetBearing: Int16
    /// Distance to active waypoint
    /// Units: m.
    public var wpDist: UInt16
    /// Current altitude error
    /// Units: m.
    public var altError: Float
    /// Current airspeed error
    /// Units: m/s.
    public var aspdError: Float
    /// Current crosstrack error on x-y plane
    /// Units: m.
    public var xtrackError: Float

    public init(navRoll: Float = 0, navPitch: Float = 0, navBearing: Int16 = 0, targetBearing: Int16 = 0, wpDist: UInt16 = 0, altError: Float = 0, aspdError: Float = 0, xtrackError: Float = 0) {
        self.navRoll = navRoll
        self.navPitch = navPitch
        self.navBearing = navBearing
        self.targetBearing = targetBearing
        self.wpDist = wpDist
        self.altError = altError
        self.aspdError = aspdError
        self.xtrackError = xtrackError
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        navRoll = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        navPitch = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        altError = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        aspdError = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        xtrackError = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        navBearing = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        targetBearing = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        wpDist = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: navRoll, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: navPitch, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: altError, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: aspdError, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: xtrackError, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: navBearing, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: targetBearing, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: wpDist, toByteOffset: 24, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("nav_roll", navRoll)
        v.visit("nav_pitch", navPitch)
        v.visit("nav_bearing", navBearing)
        v.visit("target_bearing", targetBearing)
        v.visit("wp_dist", wpDist)
        v.visit("alt_error", altError)
        v.visit("aspd_error", aspdError)
        v.visit("xtrack_error", xtrackError)
    }
}
