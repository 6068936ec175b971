// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A rally point. Used to set a point when from GCS -> MAV. Also used to return a point from MAV -> GCS.
///
/// MAVLink message `RALLY_POINT` (id 175).
public struct RallyPoint: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 175 }
    @inlinable public static var name: StaticString { "RALLY_POINT" }
    @inlinable public static var crcExtra: UInt8 { 138 }
    @inlinable public static var minLength: Int { 19 }
    @inlinable public static var maxLength: Int { 19 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Point index (first point is 0).
    public var idx: UInt8
    /// Total number of points (for sanity checking).
    public var count: UInt8
    /// Latitude of point.
    /// Units: degE7.
    public var lat: Int32
    /// Longitude of point.
    /// Units: degE7.
    public var lng: Int32
    /// Transit / loiter altitude relative to home.
    /// Units: m.
    public var alt: Int16
    /// Break altitude relative to home.
    /// Units: m.
    public var breakAlt: Int16
    /// Heading to aim for when landing.
    /// Units: cdeg.
    public var landDir: UInt16
    /// Configuration flags.
    /// Values: `RallyFlags`.
    public var flags: RallyFlags

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idx: UInt8 = 0, count: UInt8 = 0, lat: Int32 = 0, lng: Int32 = 0, alt: Int16 = 0, breakAlt: Int16 = 0, landDir: UInt16 = 0, flags: RallyFlags = RallyFlags(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idx = idx
        self.count = count
        self.lat = lat
        self.lng = lng
        self.alt = alt
        self.breakAlt = breakAlt
        self.landDir = landDir
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        breakAlt = _p.loadUnaligned(fromByteOffset: 10, as: Int16.self)
        landDir = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 15, as: UInt8.self)
        idx = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        count = _p.loadUnaligned(fromByteOffset: 17, as: UInt8.self)
        flags = RallyFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: breakAlt, toByteOffset: 10, as: Int16.self)
        _p.storeBytes(of: landDir, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 14, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 15, as: UInt8.self)
        _p.storeBytes(of: idx, toByteOffset: 16, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 17, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 18, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("idx", idx)
        v.visit("count", count)
        v.visit("lat", lat)
        v.visit("lng", lng)
        v.visit("alt", alt)
        v.visit("break_alt", breakAlt)
        v.visit("land_dir", landDir)
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
    }
}
