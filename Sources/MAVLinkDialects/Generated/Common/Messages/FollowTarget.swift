// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Current motion information from a designated system
///
/// MAVLink message `FOLLOW_TARGET` (id 144).
public struct FollowTarget: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 144 }
    @inlinable public static var name: StaticString { "FOLLOW_TARGET" }
    @inlinable public static var crcExtra: UInt8 { 127 }
    @inlinable public static var minLength: Int { 93 }
    @inlinable public static var maxLength: Int { 93 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timestamp: UInt64
    /// bit positions for tracker reporting capabilities (POS = 0, VEL = 1, ACCEL = 2, ATT + RATES = 3)
    public var estCapabilities: UInt8
    /// Latitude (WGS84)
    /// Units: degE7.
    public var lat: Int32
    /// Longitude (WGS84)
    /// Units: degE7.
    public var lon: Int32
    /// Altitude (MSL)
    /// Units: m.
    public var alt: Float
    /// target velocity (0,0,0) for unknown
    /// Units: m/s.
    public var vel: FixedArray<3, Float>
    /// linear target acceleration (0,0,0) for unknown
    /// Units: m/s/s.
    public var acc: FixedArray<3, Float>
    /// (0 0 0 0 for unknown)
    public var attitudeQ: FixedArray<4, Float>
    /// (0 0 0 for unknown)
    public var rates: FixedArray<3, Float>
    /// eph epv
    public var positionCov: FixedArray<3, Float>
    /// button states or switches of a tracker device
    public var customState: UInt64

    public init(timestamp: UInt64 = 0, estCapabilities: UInt8 = 0, lat: Int32 = 0, lon: Int32 = 0, alt: Float = 0, vel: FixedArray<3, Float> = FixedArray(repeating: 0), acc: FixedArray<3, Float> = FixedArray(repeating: 0), attitudeQ: FixedArray<4, Float> = FixedArray(repeating: 0), rates: FixedArray<3, Float> = FixedArray(repeating: 0), positionCov: FixedArray<3, Float> = FixedArray(repeating: 0), customState: UInt64 = 0) {
        self.timestamp = timestamp
        self.estCapabilities = estCapabilities
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.vel = vel
        self.acc = acc
        self.attitudeQ = attitudeQ
        self.rates = rates
        self.positionCov = positionCov
        self.customState = customState
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        customState = _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        lat = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        vel = FixedArray.load(from: _p, at: 28)
        acc = FixedArray.load(from: _p, at: 40)
        attitudeQ = FixedArray.load(from: _p, at: 52)
        rates = FixedArray.load(from: _p, at: 68)
        positionCov = FixedArray.load(from: _p, at: 80)
        estCapabilities = _p.loadUnaligned(fromByteOffset: 92, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timestamp, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: customState, toByteOffset: 8, as: UInt64.self)
        _p.storeBytes(of: lat, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 24, as: Float.self)
        vel.store(to: _p, at: 28)
        acc.store(to: _p, at: 40)
        attitudeQ.store(to: _p, at: 52)
        rates.store(to: _p, at: 68)
        positionCov.store(to: _p, at: 80)
        _p.storeBytes(of: estCapabilities, toByteOffset: 92, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("timestamp", timestamp)
        v.visit("est_capabilities", estCapabilities)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("vel", vel)
        v.visit("acc", acc)
        v.visit("attitude_q", attitudeQ)
        v.visit("rates", rates)
        v.visit("position_cov", positionCov)
        v.visit("custom_state", customState)
    }
}
