// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Winch status.
///
/// MAVLink message `WINCH_STATUS` (id 9005).
public struct WinchStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 9005 }
    @inlinable public static var name: StaticString { "WINCH_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 117 }
    @inlinable public static var minLength: Int { 34 }
    @inlinable public static var maxLength: Int { 34 }

    /// Timestamp (synced to UNIX time or since system boot).
    /// Units: us.
    public var timeUsec: UInt64
    /// Length of line released. NaN if unknown
    /// Units: m.
    public var lineLength: Float
    /// Speed line is being released or retracted. Positive values if being released, negative values if being retracted, NaN if unknown
    /// Units: m/s.
    public var speed: Float
    /// Tension on the line. NaN if unknown
    /// Units: kg.
    public var tension: Float
    /// Voltage of the battery supplying the winch. NaN if unknown
    /// Units: V.
    public var voltage: Float
    /// Current draw from the winch. NaN if unknown
    /// Units: A.
    public var current: Float
    /// Temperature of the motor. INT16_MAX if unknown
    /// Units: degC.
    public var temperature: Int16
    /// Status flags
    /// Values: `MAVWinchStatusFlag`.
    public var status: MAVWinchStatusFlag

    public init(timeUsec: UInt64 = 0, lineLength: Float = 0, speed: Float = 0, tension: Float = 0, voltage: Float = 0, current: Float = 0, temperature: Int16 = 0, status: MAVWinchStatusFlag = MAVWinchStatusFlag(rawValue: 0)) {
        self.timeUsec = timeUsec
        self.lineLength = lineLength
        self.speed = speed
        self.tension = tension
        self.voltage = voltage
        self.current = current
        self.temperature = temperature
        self.status = status
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        lineLength = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        speed = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        tension = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        voltage = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        current = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        status = MAVWinchStatusFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt32.self)))
        temperature = _p.loadUnaligned(fromByteOffset: 32, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: lineLength, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: speed, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: tension, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: voltage, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: current, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: status.rawValue), toByteOffset: 28, as: UInt32.self)
        _p.storeBytes(of: temperature, toByteOffset: 32, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("line_length", lineLength)
        v.visit("speed", speed)
        v.visit("tension", tension)
        v.visit("voltage", voltage)
        v.visit("current", current)
        v.visit("temperature", temperature)
        v.visit("status", UInt32(truncatingIfNeeded: status.rawValue))
    }
}
