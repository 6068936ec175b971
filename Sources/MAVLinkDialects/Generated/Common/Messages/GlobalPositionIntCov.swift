// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The filtered global position (e.g. fused GPS and accelerometers). The position is in GPS-frame (right-handed, Z-up). It  is designed as scaled integer message since the resolution of float is not sufficient. NOTE: This message is intended for onboard networks / companion computers and higher-bandwidth links and optimized for accuracy and completeness. Please use the GLOBAL_POSITION_INT message for a minimal subset.
///
/// MAVLink message `GLOBAL_POSITION_INT_COV` (id 63).
public struct GlobalPositionIntCov: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 63 }
    @inlinable public static var name: StaticString { "GLOBAL_POSITION_INT_COV" }
    @inlinable public static var crcExtra: UInt8 { 119 }
    @inlinable public static var minLength: Int { 181 }
    @inlinable public static var maxLength: Int { 181 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Class id of the estimator this estimate originated from.
    /// Values: `MAVEstimatorType`.
    public var estimatorType: MAVEstimatorType
    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32
    /// Altitude in meters above MSL
    /// Units: mm.
    public var alt: Int32
    /// Altitude above ground
    /// Units: mm.
    public var relativeAlt: Int32
    /// Ground X Speed (Latitude)
    /// Units: m/s.
    public var vx: Float
    /// Ground Y Speed (Longitude)
    /// Units: m/s.
    public var vy: Float
    /// Ground Z Speed (Altitude)
    /// Units: m/s.
    public var vz: Float
    /// Row-major representation of a 6x6 position and velocity 6x6 cross-covariance matrix (states: lat, lon, alt, vx, vy, vz; first six entries are the first ROW, next six entries are the second row, etc.). If unknown, assign NaN value to first element in the array.
    public var covariance: FixedArray<36, Float>

    public init(timeUsec: UInt64 = 0, estimatorType: MAVEstimatorType = MAVEstimatorType(rawValue: 0), lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, relativeAlt: Int32 = 0, vx: Float = 0, vy: Float = 0, vz: Float = 0, covariance: FixedArray<36, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.estimatorType = estimatorType
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.relativeAlt = relativeAlt
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.covariance = covariance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        relativeAlt = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        vx = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        covariance = FixedArray.load(from: _p, at: 36)
        estimatorType = MAVEstimatorType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 180, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: relativeAlt, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: vx, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 32, as: Float.self)
        covariance.store(to: _p, at: 36)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: estimatorType.rawValue), toByteOffset: 180, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("estimator_type", UInt8(truncatingIfNeeded: estimatorType.rawValue))
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("relative_alt", relativeAlt)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("covariance", covariance)
    }
}
