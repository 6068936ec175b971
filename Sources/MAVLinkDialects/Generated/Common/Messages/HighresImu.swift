// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The IMU readings in SI units in NED body frame
///
/// MAVLink message `HIGHRES_IMU` (id 105).
public struct HighresImu: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 105 }
    @inlinable public static var name: StaticString { "HIGHRES_IMU" }
    @inlinable public static var crcExtra: UInt8 { 93 }
    @inlinable public static var minLength: Int { 62 }
    @inlinable public static var maxLength: Int { 63 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
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
    /// X Magnetic field
    /// Units: gauss.
    public var xmag: Float
    /// Y Magnetic field
    /// Units: gauss.
    public var ymag: Float
    /// Z Magnetic field
    /// Units: gauss.
    public var zmag: Float
    /// Absolute pressure
    /// Units: hPa.
    public var absPressure: Float
    /// Differential pressure
    /// Units: hPa.
    public var diffPressure: Float
    /// Altitude calculated from pressure
    public var pressureAlt: Float
    /// Temperature
    /// Units: degC.
    public var temperature: Float
    /// Bitmap for fields that have updated since last message
    /// Values: `HighresImuUpdatedFlags`.
    public var fieldsUpdated: HighresImuUpdatedFlags
    /// Id. Ids are numbered from 0 and map to IMUs numbered from 1 (e.g. IMU1 will have a message with id=0)
    /// MAVLink 2 extension field.
    public var id: UInt8

    public init(timeUsec: UInt64 = 0, xacc: Float = 0, yacc: Float = 0, zacc: Float = 0, xgyro: Float = 0, ygyro: Float = 0, zgyro: Float = 0, xmag: Float = 0, ymag: Float = 0, zmag: Float = 0, absPressure: Float = 0, diffPressure: Float = 0, pressureAlt: Float = 0, temperature: Float = 0, fieldsUpdated: HighresImuUpdatedFlags = HighresImuUpdatedFlags(rawValue: 0), id: UInt8 = 0) {
        self.timeUsec = timeUsec
        self.xacc = xacc
        self.yacc = yacc
        self.zacc = zacc
        self.xgyro = xgyro
        self.ygyro = ygyro
        self.zgyro = zgyro
        self.xmag = xmag
        self.ymag = ymag
        self.zmag = zmag
        self.absPressure = absPressure
        self.diffPressure = diffPressure
        self.pressureAlt = pressureAlt
        self.temperature = temperature
        self.fieldsUpdated = fieldsUpdated
        self.id = id
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        xacc = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        yacc = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        zacc = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        xgyro = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        ygyro = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        zgyro = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        xmag = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        ymag = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        zmag = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        absPressure = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        diffPressure = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        pressureAlt = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 56, as: Float.self)
        fieldsUpdated = HighresImuUpdatedFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 60, as: UInt16.self)))
        id = _p.loadUnaligned(fromByteOffset: 62, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: xacc, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: yacc, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: zacc, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: xgyro, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: ygyro, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: zgyro, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: xmag, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: ymag, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: zmag, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: absPressure, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: diffPressure, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: pressureAlt, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 56, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: fieldsUpdated.rawValue), toByteOffset: 60, as: UInt16.self)
        _p.storeBytes(of: id, toByteOffset: 62, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("xacc", xacc)
        v.visit("yacc", yacc)
        v.visit("zacc", zacc)
        v.visit("xgyro", xgyro)
        v.visit("ygyro", ygyro)
        v.visit("zgyro", zgyro)
        v.visit("xmag", xmag)
        v.visit("ymag", ymag)
        v.visit("zmag", zmag)
        v.visit("abs_pressure", absPressure)
        v.visit("diff_pressure", diffPressure)
        v.visit("pressure_alt", pressureAlt)
        v.visit("temperature", temperature)
        v.visit("fields_updated", UInt16(truncatingIfNeeded: fieldsUpdated.rawValue))
        v.visit("id", id)
    }
}
