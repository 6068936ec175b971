// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// The MCU status, giving MCU temperature and voltage. The min and max voltages are to allow for detecting power supply instability.
///
/// MAVLink message `MCU_STATUS` (id 11039).
public struct McuStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11039 }
    @inlinable public static var name: StaticString { "MCU_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 142 }
    @inlinable public static var minLength: Int { 9 }
    @inlinable public static var maxLength: Int { 9 }

    /// MCU instance
    public var id: UInt8
    /// MCU Internal temperature
    /// Units: cdegC.
    public var mcuTemperature: Int16
    /// MCU voltage
    /// Units: mV.
    public var mcuVoltage: UInt16
    /// MCU voltage minimum
    /// Units: mV.
    public var mcuVoltageMin: UInt16
    /// MCU voltage maximum
    /// Units: mV.
    public var mcuVoltageMax: UInt16

    public init(id: UInt8 = 0, mcuTemperature: Int16 = 0, mcuVoltage: UInt16 = 0, mcuVoltageMin: UInt16 = 0, mcuVoltageMax: UInt16 = 0) {
        self.id = id
        self.mcuTemperature = mcuTemperature
        self.mcuVoltage = mcuVoltage
        self.mcuVoltageMin = mcuVoltageMin
        self.mcuVoltageMax = mcuVoltageMax
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        mcuTemperature = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        mcuVoltage = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        mcuVoltageMin = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        mcuVoltageMax = _p.loadUnaligned(fromByteOffset: 6, as: UInt16.self)
        id = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: mcuTemperature, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: mcuVoltage, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: mcuVoltageMin, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: mcuVoltageMax, toByteOffset: 6, as: UInt16.self)
        _p.storeBytes(of: id, toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("MCU_temperature", mcuTemperature)
        v.visit("MCU_voltage", mcuVoltage)
        v.visit("MCU_voltage_min", mcuVoltageMin)
        v.visit("MCU_voltage_max", mcuVoltageMax)
    }
}
