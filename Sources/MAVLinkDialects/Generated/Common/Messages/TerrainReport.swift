// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Streamed from drone to report progress of terrain map download (initiated by TERRAIN_REQUEST), or sent as a response to a TERRAIN_CHECK request. See terrain protocol docs: https://mavlink.io/en/services/terrain.html
///
/// MAVLink message `TERRAIN_REPORT` (id 136).
public struct TerrainReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 136 }
    @inlinable public static var name: StaticString { "TERRAIN_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 1 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32
    /// grid spacing (zero if terrain at this location unavailable)
    public var spacing: UInt16
    /// Terrain height MSL
    /// Units: m.
    public var terrainHeight: Float
    /// Current vehicle height above lat/lon terrain height
    /// Units: m.
    public var currentHeight: Float
    /// Number of 4x4 terrain blocks waiting to be received or read from disk
    public var pending: UInt16
    /// Number of 4x4 terrain blocks in memory
    public var loaded: UInt16

    public init(lat: Int32 = 0, lon: Int32 = 0, spacing: UInt16 = 0, terrainHeight: Float = 0, currentHeight: Float = 0, pending: UInt16 = 0, loaded: UInt16 = 0) {
        self.lat = lat
        self.lon = lon
        self.spacing = spacing
        self.terrainHeight = terrainHeight
        self.currentHeight = currentHeight
        self.pending = pending
        self.loaded = loaded
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        terrainHeight = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        currentHeight = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        spacing = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        pending = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        loaded = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: terrainHeight, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: currentHeight, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: spacing, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: pending, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: loaded, toByteOffset: 20, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("spacing", spacing)
        v.visit("terrain_height", terrainHeight)
        v.visit("current_height", currentHeight)
        v.visit("pending", pending)
        v.visit("loaded", loaded)
    }
}
