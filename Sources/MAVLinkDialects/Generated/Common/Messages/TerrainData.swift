// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Terrain data sent from GCS. The lat/lon and grid_spacing must be the same as a lat/lon from a TERRAIN_REQUEST. See terrain protocol docs: https://mavlink.io/en/services/terrain.html
///
/// MAVLink message `TERRAIN_DATA` (id 134).
public struct TerrainData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 134 }
    @inlinable public static var name: StaticString { "TERRAIN_DATA" }
    @inlinable public static var crcExtra: UInt8 { 229 }
    @inlinable public static var minLength: Int { 43 }
    @inlinable public static var maxLength: Int { 43 }

    /// Latitude of SW corner of first grid
    /// Units: degE7.
    public var lat: Int32
    /// Longitude of SW corner of first grid
    /// Units: degE7.
    public var lon: Int32
    /// Grid spacing
    /// Units: m.
    public var gridSpacing: UInt16
    /// bit within the terrain request mask
    public var gridbit: UInt8
    /// Terrain data MSL
    /// Units: m.
    public var data: FixedArray<16, Int16>

    public init(lat: Int32 = 0, lon: Int32 = 0, gridSpacing: UInt16 = 0, gridbit: UInt8 = 0, data: FixedArray<16, Int16> = FixedArray(repeating: 0)) {
        self.lat = lat
        self.lon = lon
        self.gridSpacing = gridSpacing
        self.gridbit = gridbit
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        gridSpacing = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        data = FixedArray.load(from: _p, at: 10)
        gridbit = _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: gridSpacing, toByteOffset: 8, as: UInt16.self)
        data.store(to: _p, at: 10)
        _p.storeBytes(of: gridbit, toByteOffset: 42, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("grid_spacing", gridSpacing)
        v.visit("gridbit", gridbit)
        v.visit("data", data)
    }
}
