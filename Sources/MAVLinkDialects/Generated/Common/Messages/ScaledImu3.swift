// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The RAW IMU readings for 3rd 9DOF sensor setup. This message should contain the scaled values to the described units
///
/// MAVLink message `SCALED_IMU3` (id 129).
public struct ScaledImu3: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 129 }
    @inlinable public static var name: StaticString { "SCALED_IMU3" }
    @inlinable public static var crcExtra: UInt8 { 46 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 24 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// X acceleration
    /// Units: mG.
    public var xacc: Int16
    /// Y acceleration
    /// Units: mG.
    public var yacc: Int16
    /// Z acceleration
    /// Units: mG.
    public var zacc: Int16
    /// Angular speed around X axis
    /// Units: mrad/s.
    public var xgyro: Int16
    /// Angular speed around Y axis
    /// Units: mrad/s.
    public var ygyro: Int16
    /// Angular speed around Z axis
    /// Units: mrad/s.
    public var zgyro: Int16
    /// X Magnetic field
    /// Units: mgauss.
    public var xmag: Int16
    /// Y Magnetic field
    /// Units: mgauss.
    public var ymag: Int16
    /// Z Magnetic field
    /// Units: mgauss.
    public var zmag: Int16
    /// Temperature, 0: IMU does not provide temperature values. If the IMU is at 0C it must send 1 (0.01C).
    /// Units: cdegC.
    /// MAVLink 2 extension field.
    public var temperature: Int16

    public init(timeBootMs: UInt32 = 0, xacc: Int16 = 0, yacc: Int16 = 0, zacc: Int16 = 0, xgyro: Int16 = 0, ygyro: Int16 = 0, zgyro: Int16 = 0, xmag: Int16 = 0, ymag: Int16 = 0, zmag: Int16 = 0, temperature: Int16 = 0) {
        self.timeBootMs = timeBootMs
        self.xacc = xacc
        self.yacc = yacc
        self.zacc = zacc
        self.xgyro = xgyro
        self.ygyro = ygyro
        self.zgyro = zgyro
        self.xmag = xmag
        self.ymag = ymag
        self.zmag = zmag
        self.temperature = temperature
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        xacc = _p.loadUnaligned(fromByteOffset: 4, as: Int16.self)
        yacc = _p.loadUnaligned(fromByteOffset: 6, as: Int16.self)
        zacc = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        xgyro = _p.loadUnaligned(fromByteOffset: 10, as: Int16.self)
        ygyro = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        zgyro = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        xmag = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        ymag = _p.loadUnaligned(fromByteOffset: 18, as: Int16.self)
        zmag = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        temperature = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: xacc, toByteOffset: 4, as: Int16.self)
        _p.storeBytes(of: yacc, toByteOffset: 6, as: Int16.self)
        _p.storeBytes(of: zacc, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: xgyro, toByteOffset: 10, as: Int16.self)
        _p.storeBytes(of: ygyro, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: zgyro, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: xmag, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: ymag, toByteOffset: 18, as: Int16.self)
        _p.storeBytes(of: zmag, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: temperature, toByteOffset: 22, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("xacc", xacc)
        v.visit("yacc", yacc)
        v.visit("zacc", zacc)
        v.visit("xgyro", xgyro)
        v.visit("ygyro", ygyro)
        v.visit("zgyro", zgyro)
        v.visit("xmag", xmag)
        v.visit("ymag", ymag)
        v.visit("zmag", zmag)
        v.visit("temperature", temperature)
    }
}
