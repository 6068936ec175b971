// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Illuminator status
///
/// MAVLink message `ILLUMINATOR_STATUS` (id 440).
public struct IlluminatorStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 440 }
    @inlinable public static var name: StaticString { "ILLUMINATOR_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 66 }
    @inlinable public static var minLength: Int { 35 }
    @inlinable public static var maxLength: Int { 35 }

    /// Time since the start-up of the illuminator in ms
    /// Units: ms.
    public var uptimeMs: UInt32
    /// 0: Illuminators OFF, 1: Illuminators ON
    public var enable: UInt8
    /// Supported illuminator modes
    /// Values: `IlluminatorMode`.
    public var modeBitmask: IlluminatorMode
    /// Errors
    /// Values: `IlluminatorErrorFlags`.
    public var errorStatus: IlluminatorErrorFlags
    /// Illuminator mode
    /// Values: `IlluminatorMode`.
    public var mode: IlluminatorMode
    /// Illuminator brightness
    /// Units: %.
    public var brightness: Float
    /// Illuminator strobing period in seconds
    /// Units: s.
    public var strobePeriod: Float
    /// Illuminator strobing duty cycle
    /// Units: %.
    public var strobeDutyCycle: Float
    /// Temperature in Celsius
    public var tempC: Float
    /// Minimum strobing period in seconds
    /// Units: s.
    public var minStrobePeriod: Float
    /// Maximum strobing period in seconds
    /// Units: s.
    public var maxStrobePeriod: Float

    public init(uptimeMs: UInt32 = 0, enable: UInt8 = 0, modeBitmask: IlluminatorMode = IlluminatorMode(rawValue: 0), errorStatus: IlluminatorErrorFlags = IlluminatorErrorFlags(rawValue: 0), mode: IlluminatorMode = IlluminatorMode(rawValue: 0), brightness: Float = 0, strobePeriod: Float = 0, strobeDutyCycle: Float = 0, tempC: Float = 0, minStrobePeriod: Float = 0, maxStrobePeriod: Float = 0) {
        self.uptimeMs = uptimeMs
        self.enable = enable
        self.modeBitmask = modeBitmask
        self.errorStatus = errorStatus
        self.mode = mode
        self.brightness = brightness
        self.strobePeriod = strobePeriod
        self.strobeDutyCycle = strobeDutyCycle
        self.tempC = tempC
        self.minStrobePeriod = minStrobePeriod
        self.maxStrobePeriod = maxStrobePeriod
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        uptimeMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        errorStatus = IlluminatorErrorFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        brightness = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        strobePeriod = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        strobeDutyCycle = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        tempC = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        minStrobePeriod = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        maxStrobePeriod = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        enable = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        modeBitmask = IlluminatorMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)))
        mode = IlluminatorMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: uptimeMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: errorStatus.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: brightness, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: strobePeriod, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: strobeDutyCycle, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: tempC, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: minStrobePeriod, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: maxStrobePeriod, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: enable, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: modeBitmask.rawValue), toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mode.rawValue), toByteOffset: 34, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("uptime_ms", uptimeMs)
        v.visit("enable", enable)
        v.visit("mode_bitmask", UInt8(truncatingIfNeeded: modeBitmask.rawValue))
        v.visit("error_status", UInt32(truncatingIfNeeded: errorStatus.rawValue))
        v.visit("mode", UInt8(truncatingIfNeeded: mode.rawValue))
        v.visit("brightness", brightness)
        v.visit("strobe_period", strobePeriod)
        v.visit("strobe_duty_cycle", strobeDutyCycle)
        v.visit("temp_c", tempC)
        v.visit("min_strobe_period", minStrobePeriod)
        v.visit("max_strobe_period", maxStrobePeriod)
    }
}
