// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Superseded by ACTUATOR_OUTPUT_STATUS. The RAW values of the servo outputs (for RC input from the remote, use the RC_CHANNELS messages). The standard PPM modulation is as follows: 1000 microseconds: 0%, 2000 microseconds: 100%.
///
/// MAVLink message `SERVO_OUTPUT_RAW` (id 36).
public struct ServoOutputRaw: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 36 }
    @inlinable public static var name: StaticString { "SERVO_OUTPUT_RAW" }
    @inlinable public static var crcExtra: UInt8 { 222 }
    @inlinable public static var minLength: Int { 21 }
    @inlinable public static var maxLength: Int { 37 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt32
    /// Servo output port (set of 8 outputs = 1 port). Flight stacks running on Pixhawk should use: 0 = MAIN, 1 = AUX.
    public var port: UInt8
    /// Servo output 1 value
    /// Units: us.
    public var servo1Raw: UInt16
    /// Servo output 2 value
    /// Units: us.
    public var servo2Raw: UInt16
    /// Servo output 3 value
    /// Units: us.
    public var servo3Raw: UInt16
    /// Servo output 4 value
    /// Units: us.
    public var servo4Raw: UInt16
    /// Servo output 5 value
    /// Units: us.
    public var servo5Raw: UInt16
    /// Servo output 6 value
    /// Units: us.
    public var servo6Raw: UInt16
    /// Servo output 7 value
    /// Units: us.
    public var servo7Raw: UInt16
    /// Servo output 8 value
    /// Units: us.
    public var servo8Raw: UInt16
    /// Servo output 9 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo9Raw: UInt16
    /// Servo output 10 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo10Raw: UInt16
    /// Servo output 11 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo11Raw: UInt16
    /// Servo output 12 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo12Raw: UInt16
    /// Servo output 13 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo13Raw: UInt16
    /// Servo output 14 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo14Raw: UInt16
    /// Servo output 15 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo15Raw: UInt16
    /// Servo output 16 value
    /// Units: us.
    /// MAVLink 2 extension field.
    public var servo16Raw: UInt16

    public init(timeUsec: UInt32 = 0, port: UInt8 = 0, servo1Raw: UInt16 = 0, servo2Raw: UInt16 = 0, servo3Raw: UInt16 = 0, servo4Raw: UInt16 = 0, servo5Raw: UInt16 = 0, servo6Raw: UInt16 = 0, servo7Raw: UInt16 = 0, servo8Raw: UInt16 = 0, servo9Raw: UInt16 = 0, servo10Raw: UInt16 = 0, servo11Raw: UInt16 = 0, servo12Raw: UInt16 = 0, servo13Raw: UInt16 = 0, servo14Raw: UInt16 = 0, servo15Raw: UInt16 = 0, servo16Raw: UInt16 = 0) {
        self.timeUsec = timeUsec
        self.port = port
        self.servo1Raw = servo1Raw
        self.servo2Raw = servo2Raw
        self.servo3Raw = servo3Raw
        self.servo4Raw = servo4Raw
        self.servo5Raw = servo5Raw
        self.servo6Raw = servo6Raw
        self.servo7Raw = servo7Raw
        self.servo8Raw = servo8Raw
        self.servo9Raw = servo9Raw
        self.servo10Raw = servo10Raw
        self.servo11Raw = servo11Raw
        self.servo12Raw = servo12Raw
        self.servo13Raw = servo13Raw
        self.servo14Raw = servo14Raw
        self.servo15Raw = servo15Raw
        self.servo16Raw = servo16Raw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        servo1Raw = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        servo2Raw = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        servo3Raw = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        servo4Raw = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        servo5Raw = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        servo6Raw = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        servo7Raw = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        servo8Raw = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        port = _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)
        servo9Raw = _p.loadUnaligned(fromByteOffset: 21, as: UInt16.self)
        servo10Raw = _p.loadUnaligned(fromByteOffset: 23, as: UInt16.self)
        servo11Raw = _p.loadUnaligned(fromByteOffset: 25, as: UInt16.self)
        servo12Raw = _p.loadUnaligned(fromByteOffset: 27, as: UInt16.self)
        servo13Raw = _p.loadUnaligned(fromByteOffset: 29, as: UInt16.self)
        servo14Raw = _p.loadUnaligned(fromByteOffset: 31, as: UInt16.self)
        servo15Raw = _p.loadUnaligned(fromByteOffset: 33, as: UInt16.self)
        servo16Raw = _p.loadUnaligned(fromByteOffset: 35, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: servo1Raw, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: servo2Raw, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: servo3Raw, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: servo4Raw, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: servo5Raw, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: servo6Raw, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: servo7Raw, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: servo8Raw, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: port, toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: servo9Raw, toByteOffset: 21, as: UInt16.self)
        _p.storeBytes(of: servo10Raw, toByteOffset: 23, as: UInt16.self)
        _p.storeBytes(of: servo11Raw, toByteOffset: 25, as: UInt16.self)
        _p.storeBytes(of: servo12Raw, toByteOffset: 27, as: UInt16.self)
        _p.storeBytes(of: servo13Raw, toByteOffset: 29, as: UInt16.self)
        _p.storeBytes(of: servo14Raw, toByteOffset: 31, as: UInt16.self)
        _p.storeBytes(of: servo15Raw, toByteOffset: 33, as: UInt16.self)
        _p.storeBytes(of: servo16Raw, toByteOffset: 35, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("port", port)
        v.visit("servo1_raw", servo1Raw)
        v.visit("servo2_raw", servo2Raw)
        v.visit("servo3_raw", servo3Raw)
        v.visit("servo4_raw", servo4Raw)
        v.visit("servo5_raw", servo5Raw)
        v.visit("servo6_raw", servo6Raw)
        v.visit("servo7_raw", servo7Raw)
        v.visit("servo8_raw", servo8Raw)
        v.visit("servo9_raw", servo9Raw)
        v.visit("servo10_raw", servo10Raw)
        v.visit("servo11_raw", servo11Raw)
        v.visit("servo12_raw", servo12Raw)
        v.visit("servo13_raw", servo13Raw)
        v.visit("servo14_raw", servo14Raw)
        v.visit("servo15_raw", servo15Raw)
        v.visit("servo16_raw", servo16Raw)
    }
}
