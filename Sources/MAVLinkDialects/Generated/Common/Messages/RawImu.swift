// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The RAW IMU readings for a 9DOF sensor, which is identified by the id (default IMU1). This message should always contain the true raw values without any scaling to allow data capture and system debugging.
///
/// MAVLink message `RAW_IMU` (id 27).
public struct RawImu: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 27 }
    @inlinable public static var name: StaticString { "RAW_IMU" }
    @inlinable public static var crcExtra: UInt8 { 144 }
    @inlinable public static var minLength: Int { 26 }
    @inlinable public static var maxLength: Int { 29 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// X acceleration (raw)
    public var xacc: Int16
    /// Y acceleration (raw)
    public var yacc: Int16
    /// Z acceleration (raw)
    public var zacc: Int16
    /// Angular speed around X axis (raw)
    public var xgyro: Int16
    /// Angular speed around Y axis (raw)
    public var ygyro: Int16
    /// Angular speed around Z axis (raw)
    public var zgyro: Int16
    /// X Magnetic field (raw)
    public var xmag: Int16
    /// Y Magnetic field (raw)
    public var ymag: Int16
    /// Z Magnetic field (raw)
    public var zmag: Int16
    /// Id. Ids are numbered from 0 and map to IMUs numbered from 1 (e.g. IMU1 will have a message with id=0)
    /// MAVLink 2 extension field.
    public var id: UInt8
    /// Temperature, 0: IMU does not provide temperature values. If the IMU is at 0C it must send 1 (0.01C).
    /// Units: cdegC.
    /// MAVLink 2 extension field.
    public var temperature: Int16

    public init(timeUsec: UInt64 = 0, xacc: Int16 = 0, yacc: Int16 = 0, zacc: Int16 = 0, xgyro: Int16 = 0, ygyro: Int16 = 0, zgyro: Int16 = 0, xmag: Int16 = 0, ymag: Int16 = 0, zmag: Int16 = 0, id: UInt8 = 0, temperature: Int16 = 0) {
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
        self.id = id
        self.temperature = temperature
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        xacc = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        yacc = _p.loadUnaligned(fromByteOffset: 10, as: Int16.self)
        zacc = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        xgyro = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        ygyro = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        zgyro = _p.loadUnaligned(fromByteOffset: 18, as: Int16.self)
        xmag = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        ymag = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        zmag = _p.loadUnaligned(fromByteOffset: 24, as: Int16.self)
        id = _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)
        temperature = _p.loadUnaligned(fromByteOffset: 27, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: xacc, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: yacc, toByteOffset: 10, as: Int16.self)
        _p.storeBytes(of: zacc, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: xgyro, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: ygyro, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: zgyro, toByteOffset: 18, as: Int16.self)
        _p.storeBytes(of: xmag, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: ymag, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: zmag, toByteOffset: 24, as: Int16.self)
        _p.storeBytes(of: id, toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: temperature, toByteOffset: 27, as: Int16.self)
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
        v.visit("id", id)
        v.visit("temperature", temperature)
    }
}
