// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Temperature and humidity from hygrometer.
///
/// MAVLink message `HYGROMETER_SENSOR` (id 12920).
public struct HygrometerSensor: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12920 }
    @inlinable public static var name: StaticString { "HYGROMETER_SENSOR" }
    @inlinable public static var crcExtra: UInt8 { 20 }
    @inlinable public static var minLength: Int { 5 }
    @inlinable public static var maxLength: Int { 5 }

    /// Hygrometer ID
    public var id: UInt8
    /// Temperature
    /// Units: cdegC.
    public var temperature: Int16
    /// Humidity
    /// Units: c%.
    public var humidity: UInt16

    public init(id: UInt8 = 0, temperature: Int16 = 0, humidity: UInt16 = 0) {
        self.id = id
        self.temperature = temperature
        self.humidity = humidity
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        temperature = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        humidity = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        id = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: temperature, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: humidity, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: id, toByteOffset: 4, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("temperature", temperature)
        v.visit("humidity", humidity)
    }
}
