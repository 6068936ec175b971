// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sent from simulation to autopilot, avoids in contrast to HIL_STATE singularities. This packet is useful for high throughput applications such as hardware in the loop simulations.
///
/// MAVLink message `HIL_STATE_QUATERNION` (id 115).
public struct HilStateQuaternion: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 115 }
    @inlinable public static var name: StaticString { "HIL_STATE_QUATERNION" }
    @inlinable public static var crcExtra: UInt8 { 4 }
    @inlinable public static var minLength: Int { 64 }
    @inlinable public static var maxLength: Int { 64 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Vehicle attitude expressed as normalized quaternion in w, x, y, z order (with 1 0 0 0 being the null-rotation)
    public var attitudeQuaternion: FixedArray<4, Float>
    /// Body frame roll / phi angular speed
    /// Units: rad/s.
    public var rollspeed: Float
    /// Body frame pitch / theta angular speed
    /// Units: rad/s.
    public var pitchspeed: Float
    /// Body frame yaw / psi angular speed
    /// Units: rad/s.
    public var yawspeed: Float
    /// Latitude
    /// Units: degE7.
    public var lat: Int32
    /// Longitude
    /// Units: degE7.
    public var lon: Int32
    /// Altitude
    /// Units: mm.
    public var alt: Int32
    /// Ground X Speed (Latitude)
    /// Units: cm/s.
    public var vx: Int16
    /// Ground Y Speed (Longitude)
    /// Units: cm/s.
    public var vy: Int16
    /// Ground Z Speed (Altitude)
    /// Units: cm/s.
    public var vz: Int16
    /// Indicated airspeed
    /// Units: cm/s.
    public var indAirspeed: UInt16
    /// True airspeed
    /// Units: cm/s.
    public var trueAirspeed: UInt16
    /// X acceleration
    /// Units: mG.
    public var xacc: Int16
    /// Y acceleration
    /// Units: mG.
    public var yacc: Int16
    /// Z acceleration
    /// Units: mG.
    public var zacc: Int16

    public init(timeUsec: UInt64 = 0, attitudeQuaternion: FixedArray<4, Float> = FixedArray(repeating: 0), rollspeed: Float = 0, pitchspeed: Float = 0, yawspeed: Float = 0, lat: Int32 = 0, lon: Int32 = 0, alt: Int32 = 0, vx: Int16 = 0, vy: Int16 = 0, vz: Int16 = 0, indAirspeed: UInt16 = 0, trueAirspeed: UInt16 = 0, xacc: Int16 = 0, yacc: Int16 = 0, zacc: Int16 = 0) {
        self.timeUsec = timeUsec
        self.attitudeQuaternion = attitudeQuaternion
        self.rollspeed = rollspeed
        self.pitchspeed = pitchspeed
        self.yawspeed = yawspeed
        self.lat = lat
        self.lon = lon
        self.alt = alt
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.indAirspeed = indAirspeed
        self.trueAirspeed = trueAirspeed
        self.xacc = xacc
        self.yacc = yacc
        self.zacc = zacc
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        attitudeQuaternion = FixedArray.load(from: _p, at: 8)
        rollspeed = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        pitchspeed = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        yawspeed = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        lat = _p.loadUnaligned(fromByteOffset: 36, as: Int32.self)
        lon = _p.loadUnaligned(fromByteOffset: 40, as: Int32.self)
        alt = _p.loadUnaligned(fromByteOffset: 44, as: Int32.self)
        vx = _p.loadUnaligned(fromByteOffset: 48, as: Int16.self)
        vy = _p.loadUnaligned(fromByteOffset: 50, as: Int16.self)
        vz = _p.loadUnaligned(fromByteOffset: 52, as: Int16.self)
        indAirspeed = _p.loadUnaligned(fromByteOffset: 54, as: UInt16.self)
        trueAirspeed = _p.loadUnaligned(fromByteOffset: 56, as: UInt16.self)
        xacc = _p.loadUnaligned(fromByteOffset: 58, as: Int16.self)
        yacc = _p.loadUnaligned(fromByteOffset: 60, as: Int16.self)
        zacc = _p.loadUnaligned(fromByteOffset: 62, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        attitudeQuaternion.store(to: _p, at: 8)
        _p.storeBytes(of: rollspeed, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: pitchspeed, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: yawspeed, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: lat, toByteOffset: 36, as: Int32.self)
        _p.storeBytes(of: lon, toByteOffset: 40, as: Int32.self)
        _p.storeBytes(of: alt, toByteOffset: 44, as: Int32.self)
        _p.storeBytes(of: vx, toByteOffset: 48, as: Int16.self)
        _p.storeBytes(of: vy, toByteOffset: 50, as: Int16.self)
        _p.storeBytes(of: vz, toByteOffset: 52, as: Int16.self)
        _p.storeBytes(of: indAirspeed, toByteOffset: 54, as: UInt16.self)
        _p.storeBytes(of: trueAirspeed, toByteOffset: 56, as: UInt16.self)
        _p.storeBytes(of: xacc, toByteOffset: 58, as: Int16.self)
        _p.storeBytes(of: yacc, toByteOffset: 60, as: Int16.self)
        _p.storeBytes(of: zacc, toByteOffset: 62, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("attitude_quaternion", attitudeQuaternion)
        v.visit("rollspeed", rollspeed)
        v.visit("pitchspeed", pitchspeed)
        v.visit("yawspeed", yawspeed)
        v.visit("lat", lat)
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("ind_airspeed", indAirspeed)
        v.visit("true_airspeed", trueAirspeed)
        v.visit("xacc", xacc)
        v.visit("yacc", yacc)
        v.visit("zacc", zacc)
    }
}
