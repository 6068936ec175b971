// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of simulation environment, if used.
///
/// MAVLink message `SIMSTATE` (id 164).
public struct Simstate: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 164 }
    @inlinable public static var name: StaticString { "SIMSTATE" }
    @inlinable public static var crcExtra: UInt8 { 154 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 44 }

    /// Roll angle.
    /// Units: rad.
    public var roll: Float
    /// Pitch angle.
    /// Units: rad.
    public var pitch: Float
    /// Yaw angle.
    /// Units: rad.
    public var yaw: Float
    /// X acceleration.
    /// Units: m/s/s.
    public var xacc: Float
    /// Y acceleration.
    /// Units: m/s/s.
    public var yacc: Float
    /// Z acceleration.
    /// Units: m/s/s.
    public var zacc: Float
    /// Angular speed around X axis.
    /// Units: rad/s.
    public var xgyro: Float
    /// Angular speed around Y axis.
    /// Units: rad/s.
    public var ygyro: Float
    /// Angular speed around Z axis.
    /// Units: rad/s.
    public var zgyro: Float
    /// Latitude.
    /// Units: degE7.
    public var lat: Int32
    /// Longitude.
    /// Units: degE7.
    public var lng: Int32

    public init(roll: Float = 0, pitch: Float = 0, yaw: Float = 0, xacc: Float = 0, yacc: Float = 0, zacc: Float = 0, xgyro: Float = 0, ygyro: Float = 0, zgyro: Float = 0, lat: Int32 = 0, lng: Int32 = 0) {
        self.roll = roll
        self.pitch = pitch
        self.yaw = yaw
        self.xacc = xacc
        self.yacc = yacc
        self.zacc = zacc
        self.xgyro = xgyro
        self.ygyro = ygyro
        self.zgyro = zgyro
        self.lat = lat
        self.lng = lng
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        roll = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        xacc = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        yacc = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        zacc = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        xgyro = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        ygyro = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        zgyro = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        lat = _p.loadUnaligned(fromByteOffset: 36, as: Int32.self)
        lng = _p.loadUnaligned(fromByteOffset: 40, as: Int32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: roll, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: xacc, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: yacc, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: zacc, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: xgyro, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: ygyro, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: zgyro, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: lat, toByteOffset: 36, as: Int32.self)
        _p.storeBytes(of: lng, toByteOffset: 40, as: Int32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("roll", roll)
        v.visit("pitch", pitch)
        v.visit("yaw", yaw)
        v.visit("xacc", xacc)
        v.visit("yacc", yacc)
        v.visit("zacc", zacc)
        v.visit("xgyro", xgyro)
        v.visit("ygyro", ygyro)
        v.visit("zgyro", zgyro)
        v.visit("lat", lat)
        v.visit("lng", lng)
    }
}
