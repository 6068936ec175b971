// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Offsets and calibrations values for hardware sensors. This makes it easier to debug the calibration process.
///
/// MAVLink message `SENSOR_OFFSETS` (id 150). Deprecated.
public struct SensorOffsets: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 150 }
    @inlinable public static var name: StaticString { "SENSOR_OFFSETS" }
    @inlinable public static var crcExtra: UInt8 { 134 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Magnetometer X offset.
    public var magOfsX: Int16
    /// Magnetometer Y offset.
    public var magOfsY: Int16
    /// Magnetometer Z offset.
    public var magOfsZ: Int16
    /// Magnetic declination.
    /// Units: rad.
    public var magDeclination: Float
    /// Raw pressure from barometer.
    public var rawPress: Int32
    /// Raw temperature from barometer.
    public var rawTemp: Int32
    /// Gyro X calibration.
    public var gyroCalX: Float
    /// Gyro Y calibration.
    public var gyroCalY: Float
    /// Gyro Z calibration.
    public var gyroCalZ: Float
    /// Accel X calibration.
    public var accelCalX: Float
    /// Accel Y calibration.
    public var accelCalY: Float
    /// Accel Z calibration.
    public var accelCalZ: Float

    public init(magOfsX: Int16 = 0, magOfsY: Int16 = 0, magOfsZ: Int16 = 0, magDeclination: Float = 0, rawPress: Int32 = 0, rawTemp: Int32 = 0, gyroCalX: Float = 0, gyroCalY: Float = 0, gyroCalZ: Float = 0, accelCalX: Float = 0, accelCalY: Float = 0, accelCalZ: Float = 0) {
        self.magOfsX = magOfsX
        self.magOfsY = magOfsY
        self.magOfsZ = magOfsZ
        self.magDeclination = magDeclination
        self.rawPress = rawPress
        self.rawTemp = rawTemp
        self.gyroCalX = gyroCalX
        self.gyroCalY = gyroCalY
        self.gyroCalZ = gyroCalZ
        self.accelCalX = accelCalX
        self.accelCalY = accelCalY
        self.accelCalZ = accelCalZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        magDeclination = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        rawPress = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        rawTemp = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        gyroCalX = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        gyroCalY = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        gyroCalZ = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        accelCalX = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        accelCalY = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        accelCalZ = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        magOfsX = _p.loadUnaligned(fromByteOffset: 36, as: Int16.self)
        magOfsY = _p.loadUnaligned(fromByteOffset: 38, as: Int16.self)
        magOfsZ = _p.loadUnaligned(fromByteOffset: 40, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: magDeclination, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: rawPress, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: rawTemp, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: gyroCalX, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: gyroCalY, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: gyroCalZ, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: accelCalX, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: accelCalY, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: accelCalZ, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: magOfsX, toByteOffset: 36, as: Int16.self)
        _p.storeBytes(of: magOfsY, toByteOffset: 38, as: Int16.self)
        _p.storeBytes(of: magOfsZ, toByteOffset: 40, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("mag_ofs_x", magOfsX)
        v.visit("mag_ofs_y", magOfsY)
        v.visit("mag_ofs_z", magOfsZ)
        v.visit("mag_declination", magDeclination)
        v.visit("raw_press", rawPress)
        v.visit("raw_temp", rawTemp)
        v.visit("gyro_cal_x", gyroCalX)
        v.visit("gyro_cal_y", gyroCalY)
        v.visit("gyro_cal_z", gyroCalZ)
        v.visit("accel_cal_x", accelCalX)
        v.visit("accel_cal_y", accelCalY)
        v.visit("accel_cal_z", accelCalZ)
    }
}
