// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Wind estimate from vehicle. Note that despite the name, this message does not actually contain any covariances but instead variability and accuracy fields in terms of standard deviation (1-STD).
///
/// MAVLink message `WIND_COV` (id 231).
public struct WindCov: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 231 }
    @inlinable public static var name: StaticString { "WIND_COV" }
    @inlinable public static var crcExtra: UInt8 { 105 }
    @inlinable public static var minLength: Int { 40 }
    @inlinable public static var maxLength: Int { 40 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Wind in North (NED) direction (NAN if unknown)
    /// Units: m/s.
    public var windX: Float
    /// Wind in East (NED) direction (NAN if unknown)
    /// Units: m/s.
    public var windY: Float
    /// Wind in down (NED) direction (NAN if unknown)
    /// Units: m/s.
    public var windZ: Float
    /// Variability of wind in XY, 1-STD estimated from a 1 Hz lowpassed wind estimate (NAN if unknown)
    /// Units: m/s.
    public var varHoriz: Float
    /// Variability of wind in Z, 1-STD estimated from a 1 Hz lowpassed wind estimate (NAN if unknown)
    /// Units: m/s.
    public var varVert: Float
    /// Altitude (MSL) that this measurement was taken at (NAN if unknown)
    /// Units: m.
    public var windAlt: Float
    /// Horizontal speed 1-STD accuracy (0 if unknown)
    /// Units: m/s.
    public var horizAccuracy: Float
    /// Vertical speed 1-STD accuracy (0 if unknown)
    /// Units: m/s.
    public var vertAccuracy: Float

    public init(timeUsec: UInt64 = 0, windX: Float = 0, windY: Float = 0, windZ: Float = 0, varHoriz: Float = 0, varVert: Float = 0, windAlt: Float = 0, horizAccuracy: Float = 0, vertAccuracy: Float = 0) {
        self.timeUsec = timeUsec
        self.windX = windX
        self.windY = windY
        self.windZ = windZ
        self.varHoriz = varHoriz
        self.varVert = varVert
        self.windAlt = windAlt
        self.horizAccuracy = horizAccuracy
        self.vertAccuracy = vertAccuracy
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        windX = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        windY = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        windZ = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        varHoriz = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        varVert = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        windAlt = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        horizAccuracy = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        vertAccuracy = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: windX, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: windY, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: windZ, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: varHoriz, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: varVert, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: windAlt, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: horizAccuracy, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: vertAccuracy, toByteOffset: 36, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("wind_x", windX)
        v.visit("wind_y", windY)
        v.visit("wind_z", windZ)
        v.visit("var_horiz", varHoriz)
        v.visit("var_vert", varVert)
        v.visit("wind_alt", windAlt)
        v.visit("horiz_accuracy", horizAccuracy)
        v.visit("vert_accuracy", vertAccuracy)
    }
}
