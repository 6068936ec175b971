// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The positioning status, as reported by GPS. This message is intended to display status information about each satellite visible to the receiver. See message GLOBAL_POSITION_INT for the global position estimate. This message can contain information for up to 20 satellites.
///
/// MAVLink message `GPS_STATUS` (id 25).
public struct GpsStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 25 }
    @inlinable public static var name: StaticString { "GPS_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 23 }
    @inlinable public static var minLength: Int { 101 }
    @inlinable public static var maxLength: Int { 101 }

    /// Number of satellites visible
    public var satellitesVisible: UInt8
    /// Global satellite ID
    public var satellitePrn: FixedArray<20, UInt8>
    /// 0: Satellite not used, 1: used for localization
    public var satelliteUsed: FixedArray<20, UInt8>
    /// Elevation (0: right on top of receiver, 90: on the horizon) of satellite
    /// Units: deg.
    public var satelliteElevation: FixedArray<20, UInt8>
    /// Direction of satellite, 0: 0 deg, 255: 360 deg.
    /// Units: deg.
    public var satelliteAzimuth: FixedArray<20, UInt8>
    /// Signal to noise ratio of satellite
    /// Units: dB.
    public var satelliteSnr: FixedArray<20, UInt8>

    public init(satellitesVisible: UInt8 = 0, satellitePrn: FixedArray<20, UInt8> = FixedArray(repeating: 0), satelliteUsed: FixedArray<20, UInt8> = FixedArray(repeating: 0), satelliteElevation: FixedArray<20, UInt8> = FixedArray(repeating: 0), satelliteAzimuth: FixedArray<20, UInt8> = FixedArray(repeating: 0), satelliteSnr: FixedArray<20, UInt8> = FixedArray(repeating: 0)) {
        self.satellitesVisible = satellitesVisible
        self.satellitePrn = satellitePrn
        self.satelliteUsed = satelliteUsed
        self.satelliteElevation = satelliteElevation
        self.satelliteAzimuth = satelliteAzimuth
        self.satelliteSnr = satelliteSnr
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        satellitesVisible = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        satellitePrn = FixedArray.load(from: _p, at: 1)
        satelliteUsed = FixedArray.load(from: _p, at: 21)
        satelliteElevation = FixedArray.load(from: _p, at: 41)
        satelliteAzimuth = FixedArray.load(from: _p, at: 61)
        satelliteSnr = FixedArray.load(from: _p, at: 81)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: satellitesVisible, toByteOffset: 0, as: UInt8.self)
        satellitePrn.store(to: _p, at: 1)
        satelliteUsed.store(to: _p, at: 21)
        satelliteElevation.store(to: _p, at: 41)
        satelliteAzimuth.store(to: _p, at: 61)
        satelliteSnr.store(to: _p, at: 81)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("satellites_visible", satellitesVisible)
        v.visit("satellite_prn", satellitePrn)
        v.visit("satellite_used", satelliteUsed)
        v.visit("satellite_elevation", satelliteElevation)
        v.visit("satellite_azimuth", satelliteAzimuth)
        v.visit("satellite_snr", satelliteSnr)
    }
}
