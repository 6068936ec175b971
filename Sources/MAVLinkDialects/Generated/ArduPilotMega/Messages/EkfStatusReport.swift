// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// EKF Status message including flags and variances.
///
/// MAVLink message `EKF_STATUS_REPORT` (id 193).
public struct EkfStatusReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 193 }
    @inlinable public static var name: StaticString { "EKF_STATUS_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 71 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 26 }

    /// Flags.
    /// Values: `EkfStatusFlags`.
    public var flags: EkfStatusFlags
    /// Velocity variance.
    public var velocityVariance: Float
    /// Horizontal Position variance.
    public var posHorizVariance: Float
    /// Vertical Position variance.
    public var posVertVariance: Float
    /// Compass variance.
    public var compassVariance: Float
    /// Terrain Altitude variance.
    public var terrainAltVariance: Float
    /// Airspeed variance.
    /// MAVLink 2 extension field.
    public var airspeedVariance: Float

    public init(flags: EkfStatusFlags = EkfStatusFlags(rawValue: 0), velocityVariance: Float = 0, posHorizVariance: Float = 0, posVertVariance: Float = 0, compassVariance: Float = 0, terrainAltVariance: Float = 0, airspeedVariance: Float = 0) {
        self.flags = flags
        self.velocityVariance = velocityVariance
        self.posHorizVariance = posHorizVariance
        self.posVertVariance = posVertVariance
        self.compassVariance = compassVariance
        self.terrainAltVariance = terrainAltVariance
        self.airspeedVariance = airspeedVariance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        velocityVariance = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        posHorizVariance = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        posVertVariance = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        compassVariance = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        terrainAltVariance = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        flags = EkfStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)))
        airspeedVariance = _p.loadUnaligned(fromByteOffset: 22, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: velocityVariance, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: posHorizVariance, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: posVertVariance, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: compassVariance, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: terrainAltVariance, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: flags.rawValue), toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: airspeedVariance, toByteOffset: 22, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("flags", UInt16(truncatingIfNeeded: flags.rawValue))
        v.visit("velocity_variance", velocityVariance)
        v.visit("pos_horiz_variance", posHorizVariance)
        v.visit("pos_vert_variance", posVertVariance)
        v.visit("compass_variance", compassVariance)
        v.visit("terrain_alt_variance", terrainAltVariance)
        v.visit("airspeed_variance", airspeedVariance)
    }
}
