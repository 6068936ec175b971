// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request that the vehicle report terrain height at the given location (expected response is a TERRAIN_REPORT). Used by GCS to check if vehicle has all terrain data needed for a mission.
///
/// MAVLink message `TERRAIN_CHECK` (id 135).
public struct TerrainCheck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 135 }
    @inlinable public static var name: StaticString { "TERRAIN_CHECK" }
    @inlinable public static var crcExtra: UInt8 { 203 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 8 }

    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32

    public init(lat: Int32 = 0, lon: Int32 = 0) {
        self.lat = lat
        self.lon = lon
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 4, as: Int32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("lat", lat)
        v.visit("lon", lon)
    }
}
