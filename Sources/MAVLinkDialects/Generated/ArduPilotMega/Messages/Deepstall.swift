// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Deepstall path planning.
///
/// MAVLink message `DEEPSTALL` (id 195).
public struct Deepstall: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 195 }
    @inlinable public static var name: StaticString { "DEEPSTALL" }
    @inlinable public static var crcExtra: UInt8 { 120 }
    @inlinable public static var minLength: Int { 37 }
    @inlinable public static var maxLength: Int { 37 }

    /// Landing latitude.
    /// Units: degE7.
    public var landingLat: Int32
    /// Landing longitude.
    /// Units: degE7.
    public var landingLon: Int32
    /// Final heading start point, latitude.
    /// Units: degE7.
    public var pathLat: Int32
    /// Final heading start point, longitude.
    /// Units: degE7.
    public var pathLon: Int32
    /// Arc entry point, latitude.
    /// Units: degE7.
    public var arcEntryLat: Int32
    /// Arc entry point, longitude.
    /// Units: degE7.
    public var arcEntryLon: Int32
    /// Altitude.
    /// Units: m.
    public var altitude: Float
    /// Distance the aircraft expects to travel during the deepstall.
    /// Units: m.
    public var expectedTravelDistance: Float
    /// Deepstall cross track error (only valid when in DEEPSTALL_STAGE_LAND).
    /// Units: m.
    public var crossTrackError: Float
    /// Deepstall stage.
    /// Values: `DeepstallStage`.
    public var stage: DeepstallStage

    public init(landingLat: Int32 = 0, landingLon: Int32 = 0, pathLat: Int32 = 0, pathLon: Int32 = 0, arcEntryLat: Int32 = 0, arcEntryLon: Int32 = 0, altitude: Float = 0, expectedTravelDistance: Float = 0, crossTrackError: Float = 0, stage: DeepstallStage = DeepstallStage(rawValue: 0)) {
        self.landingLat = landingLat
        self.landingLon = landingLon
        self.pathLat = pathLat
        self.pathLon = pathLon
        self.arcEntryLat = arcEntryLat
        self.arcEntryLon = arcEntryLon
        self.altitude = altitude
        self.expectedTravelDistance = expectedTravelDistance
        self.crossTrackError = crossTrackError
        self.stage = stage
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        landingLat = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        landingLon = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        pathLat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        pathLon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        arcEntryLat = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        arcEntryLon = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        altitude = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        expectedTravelDistance = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        crossTrackError = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        stage = DeepstallStage(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 36, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: landingLat, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: landingLon, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: pathLat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: pathLon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: arcEntryLat, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: arcEntryLon, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: altitude, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: expectedTravelDistance, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: crossTrackError, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: stage.rawValue), toByteOffset: 36, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("landing_lat", landingLat)
        v.visit("landing_lon", landingLon)
        v.visit("path_lat", pathLat)
        v.visit("path_lon", pathLon)
        v.visit("arc_entry_lat", arcEntryLat)
        v.visit("arc_entry_lon", arcEntryLon)
        v.visit("altitude", altitude)
        v.visit("expected_travel_distance", expectedTravelDistance)
        v.visit("cross_track_error", crossTrackError)
        v.visit("stage", UInt8(truncatingIfNeeded: stage.rawValue))
    }
}
