// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Airspeed information from a sensor.
///
/// MAVLink message `AIRSPEED` (id 295).
public struct Airspeed: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 295 }
    @inlinable public static var name: StaticString { "AIRSPEED" }
    @inlinable public static var crcExtra: UInt8 { 234 }
    @inlinable public static var minLength: Int { 12 }
    @inlinable public static var maxLength: Int { 12 }

    /// Sensor ID.
    public var id: UInt8
    /// Calibrated airspeed (CAS).
    /// Units: m/s.
    public var airspeed: Float
    /// Temperature.
    /// Units: cdegC.
    public var temperature: Int16
    /// Raw differential pressure.
    /// Units: hPa.
    public var rawPress: Float
    /// Airspeed sensor flags.
    /// Values: `AirspeedSensorFlags`.
    public var flags: AirspeedSensorFlags

    public init(id: UInt8 = 0, airspeed: Float = 0, temperature: Int16 = 0, rawPress: Float = 0, flags: AirspeedSensorFlags = AirspeedSensorFlags(rawValue: 0)) {
        self.id = id
        self.airspeed = airspeed
        self.temperature = temperature
        self.rawPress = rawPress
        self.flags = flags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        airspeed = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        rawPress = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        temperature = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        id = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        flags = AirspeedSensorFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: airspeed, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: rawPress, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: temperature, toByteOffset: 8, as: Int16.self)
        _p.storeBytes(of: id, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: flags.rawValue), toByteOffset: 11, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("airspeed", airspeed)
        v.visit("temperature", temperature)
        v.visit("raw_press", rawPress)
        v.visit("flags", UInt8(truncatingIfNeeded: flags.rawValue))
    }
}
