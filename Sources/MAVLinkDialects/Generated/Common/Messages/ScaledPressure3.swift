// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Barometer readings for 3rd barometer
///
/// MAVLink message `SCALED_PRESSURE3` (id 143).
public struct ScaledPressure3: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 143 }
    @inlinable public static var name: StaticString { "SCALED_PRESSURE3" }
    @inlinable public static var crcExtra: UInt8 { 131 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 16 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Absolute pressure
    /// Units: hPa.
    public var pressAbs: Float
    /// Differential pressure
    /// Units: hPa.
    public var pressDiff: Float
    /// Absolute pressure temperature
    /// Units: cdegC.
    public var temperature: Int16
    /// Differential pressure temperature (0, if not available). Report values of 0 (or 1) as 1 cdegC.
    /// Units: cdegC.
    /// MAVLink 2 extension field.
    public var temperaturePressDiff: Int16

    public init(timeBootMs: UInt32 = 0, pressAbs: Float = 0, pressDiff: Float = 0, temperature: Int16 = 0, temperaturePressDiff: Int16 = 0) {
        self.timeBootMs = timeBootMs
        self.pressAbs = pressAbs
        self.pressDiff = pressDiff
        self.temperature = temperature
        self.temperaturePressDiff = temperaturePressDiff
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        pressAbs = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        pressDiff = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 12, as: Int16.self)
        temperaturePressDiff = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: pressAbs, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: pressDiff, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 12, as: Int16.self)
        _p.storeBytes(of: temperaturePressDiff, toByteOffset: 14, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("press_abs", pressAbs)
        v.visit("press_diff", pressDiff)
        v.visit("temperature", temperature)
        v.visit("temperature_press_diff", temperaturePressDiff)
    }
}
