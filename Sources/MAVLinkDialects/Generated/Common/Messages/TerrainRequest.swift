// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request for terrain data and terrain status. See terrain protocol docs: https://mavlink.io/en/services/terrain.html
///
/// MAVLink message `TERRAIN_REQUEST` (id 133).
public struct TerrainRequest: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 133 }
    @inlinable public static var name: StaticString { "TERRAIN_REQUEST" }
    @inlinable public static var crcExtra: UInt8 { 6 }
    @inlinable public static var minLength: Int { 18 }
    @inlinable public static var maxLength: Int { 18 }

    /// Latitude of SW corner of first grid
    /// Units: degE7.
    public var lat: Int32
    /// Longitude of SW corner of first grid
    /// Units: degE7.
    public var lon: Int32
    /// Grid spacing
    /// Units: m.
    public var gridSpacing: UInt16
    /// Bitmask of requested 4x4 grids (row major 8x7 array of grids, 56 bits)
    public var mask: UInt64

    public init(lat: Int32 = 0, lon: Int32 = 0, gridSpacing: UInt16 = 0, mask: UInt64 = 0) {
        self.lat = lat
        self.lon = lon
        self.gridSpacing = gridSpacing
        self.mask = mask
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        mask = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        gridSpacing = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: mask, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: gridSpacing, toByteOffset: 16, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("grid_spacing", gridSpacing)
        v.visit("mask", mask)
    }
}
