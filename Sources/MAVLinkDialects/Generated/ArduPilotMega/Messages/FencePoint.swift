// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A fence point. Used to set a point when from GCS -> MAV. Also used to return a point from MAV -> GCS.
///
/// MAVLink message `FENCE_POINT` (id 160).
public struct FencePoint: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 160 }
    @inlinable public static var name: StaticString { "FENCE_POINT" }
    @inlinable public static var crcExtra: UInt8 { 78 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Point index (first point is 1, 0 is for return point).
    public var idx: UInt8
    /// Total number of points (for sanity checking).
    public var count: UInt8
    /// Latitude of point.
    /// Units: deg.
    public var lat: Float
    /// Longitude of point.
    /// Units: deg.
    public var lng: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idx: UInt8 = 0, count: UInt8 = 0, lat: Float = 0, lng: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idx = idx
        self.count = count
        self.lat = lat
        self.lng = lng
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        lng = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        idx = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        count = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: lng, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: idx, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 11, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("idx", idx)
        v.visit("count", count)
        v.visit("lat", lat)
        v.visit("lng", lng)
    }
}
