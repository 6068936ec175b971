// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The RAW pressure readings for the typical setup of one absolute pressure and one differential pressure sensor. The sensor values should be the raw, UNSCALED ADC values.
///
/// MAVLink message `RAW_PRESSURE` (id 28).
public struct RawPressure: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 28 }
    @inlinable public static var name: StaticString { "RAW_PRESSURE" }
    @inlinable public static var crcExtra: UInt8 { 67 }
    @inlinable public static var minLength: Int { 16 }
    @inlinable public static var maxLength: Int { 16 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Absolute pressure (raw)
    public var pressAbs: Int16
    /// Differential pressure 1 (raw, 0 if nonexistent)
    public var pressDiff1: Int16
    /// Differential pressure 2 (raw, 0 if nonexistent)
    public var pressDiff2: Int16
    /// Raw Temperature measurement (raw)
    public var temperature: Int16

    public init(timeUsec: UInt64 = 0, pressAbs: Int16 = 0, pressDiff1: Int16 = 0, pressDiff2: Int16 = 0, temperature: Int16 = 0) {
        self.timeUsec = timeUsec
        self.pressAbs = pressAbs
        self.pressDiff1 = pressDiff1
        self.pressDiff2 = pressDiff2
        self.temperature = temperature
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        pressAbs = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        pressDiff1 = _p.loadUnaligned(fromByteOffset: 10, as: Int16.self)
        pressDiff2 = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        temperature = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: pressAbs, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: pressDiff1, toByteOffset: 10, as: Int16.self)
        _p.storeBytes(of: pressDiff2, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: temperature, toByteOffset: 14, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("press_abs", pressAbs)
        v.visit("press_diff1", pressDiff1)
        v.visit("press_diff2", pressDiff2)
        v.visit("temperature", temperature)
    }
}
