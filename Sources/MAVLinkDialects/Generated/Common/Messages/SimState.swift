// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of simulation environment, if used
///
/// MAVLink message `SIM_STATE` (id 108).
public struct SimState: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 108 }
    @inlinable public static var name: StaticString { "SIM_STATE" }
    @inlinable public static var crcExtra: UInt8 { 32 }
    @inlinable public static var minLength: Int { 84 }
    @inlinable public static var maxLength: Int { 92 }

    /// True attitude quaternion component 1, w (1 in null-rotation)
    public var q1: Float
    /// True attitude quaternion component 2, x (0 in null-rotation)
    public var q2: Float
    /// True attitude quaternion component 3, y (0 in null-rotation)
    public var q3: Float
    /// True attitude quaternion component 4, z (0 in null-rotation)
    public var q4: Float
    /// Attitude roll expressed as Euler angles, not recommended except for human-readable outputs
    /// Units: rad.
    public var roll: Float
    /// Attitude pitch expressed as Euler angles, not recommended except for human-readable outputs
    /// Units: rad.
    public var pitch: Float
    /// Attitude yaw expressed as Euler angles, not recommended except for human-readable outputs
    /// Units: rad.
    public var yaw: Float
    /// X acceleration
    /// Units: m/s/s.
    public var xacc: Float
    /// Y acceleration
    /// Units: m/s/s.
    public var yacc: Float
    /// Z acceleration
    /// Units: m/s/s.
    public var zacc: Float
    /// Angular speed around X axis
    /// Units: rad/s.
    public var xgyro: Float
    /// Angular speed around Y axis
    /// Units: rad/s.
    public var ygyro: Float
    /// Angular speed around Z axis
    /// Units: rad/s.
    public var zgyro: Float
    /// Latitude (lower precision). Both this and the lat_int field should be set.
    /// Units: deg.
    public var lat: Float
    /// Longitude (lower precision). Both this and the lon_int field should be set.
    /// Units: deg.
    public var lon: Float
    /// Altitude
    /// Units: m.
    public var alt: Float
    /// Horizontal position standard deviation
    public var stdDevHorz: Float
    /// Vertical position standard deviation
    public var stdDevVert: Float
    /// True velocity in north direction in earth-fixed NED frame
    /// Units: m/s.
    public var vn: Float
    /// True velocity in east direction in earth-fixed NED frame
    /// Units: m/s.
    public var ve: Float
    /// True velocity in down direction in earth-fixed NED frame
    /// Units: m/s.
    public var vd: Float
    /// Latitude (higher precision). If 0, recipients should use the lat field value (otherwise this field is preferred).
    /// Units: degE7.
    /// MAVLink 2 extension field.
    public var latInt: Int32
    /// Longitude (higher precision). If 0, recipients should use the lon field value (otherwise this field is preferred).
    /// Units: degE7.
    /// MAVLink 2 extension field.
    public var lonInt: Int32

    public init(q1: Float = 0, q2: Float = 0, q3: Float = 0, q4: Float = 0, roll: Float = 0, pitch: Float = 0, yaw: Float = 0, xacc: Float = 0, yacc: Float = 0, zacc: Float = 0, xgyro: Float = 0, ygyro: Float = 0, zgyro: Float = 0, lat: Float = 0, lon: Float = 0, alt: Float = 0, stdDevHorz: Float = 0, stdDevVert: Float = 0, vn: Float = 0, ve: Float = 0, vd: Float = 0, latInt: Int32 = 0, lonInt: Int32 = 0) {
        self.q1 = q1
        self.q2 = q2
        self.q3 = q3
        self.q4 = q4
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
        self.lon = lon
        self.alt = alt
        self.stdDevHorz = stdDevHorz
        self.stdDevVert = stdDevVert
        self.vn = vn
        self.ve = ve
        self.vd = vd
        self.latInt = latInt
        self.lonInt = lonInt
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        q1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        q2 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        q3 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        q4 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        roll = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        pitch = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        yaw = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        xacc = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        yacc = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        zacc = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        xgyro = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        ygyro = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        zgyro = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        lat = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        lon = _p.loadUnaligned(fromByteOffset: 56, as: Float.self)
        alt = _p.loadUnaligned(fromByteOffset: 60, as: Float.self)
        stdDevHorz = _p.loadUnaligned(fromByteOffset: 64, as: Float.self)
        stdDevVert = _p.loadUnaligned(fromByteOffset: 68, as: Float.self)
        vn = _p.loadUnaligned(fromByteOffset: 72, as: Float.self)
        ve = _p.loadUnaligned(fromByteOffset: 76, as: Float.self)
        vd = _p.loadUnaligned(fromByteOffset: 80, as: Float.self)
        latInt = _p.loadUnaligned(fromByteOffset: 84, as: Int32.self)
        lonInt = _p.loadUnaligned(fromByteOffset: 88, as: Int32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: q1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: q2, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: q3, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: q4, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: roll, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: pitch, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: yaw, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: xacc, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: yacc, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: zacc, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: xgyro, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: ygyro, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: zgyro, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: lat, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: lon, toByteOffset: 56, as: Float.self)
        _p.storeBytes(of: alt, toByteOffset: 60, as: Float.self)
        _p.storeBytes(of: stdDevHorz, toByteOffset: 64, as: Float.self)
        _p.storeBytes(of: stdDevVert, toByteOffset: 68, as: Float.self)
        _p.storeBytes(of: vn, toByteOffset: 72, as: Float.self)
        _p.storeBytes(of: ve, toByteOffset: 76, as: Float.self)
        _p.storeBytes(of: vd, toByteOffset: 80, as: Float.self)
        _p.storeBytes(of: latInt, toByteOffset: 84, as: Int32.self)
        _p.storeBytes(of: lonInt, toByteOffset: 88, as: Int32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("q1", q1)
        v.visit("q2", q2)
        v.visit("q3", q3)
        v.visit("q4", q4)
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
        v.visit("lon", lon)
        v.visit("alt", alt)
        v.visit("std_dev_horz", stdDevHorz)
        v.visit("std_dev_vert", stdDevVert)
        v.visit("vn", vn)
        v.visit("ve", ve)
        v.visit("vd", vd)
        v.visit("lat_int", latInt)
        v.visit("lon_int", lonInt)
    }
}
