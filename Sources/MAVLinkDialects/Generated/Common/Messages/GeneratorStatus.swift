// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Telemetry of power generation system. Alternator or mechanical generator.
///
/// MAVLink message `GENERATOR_STATUS` (id 373).
public struct GeneratorStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 373 }
    @inlinable public static var name: StaticString { "GENERATOR_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 117 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// Status flags.
    /// Values: `MAVGeneratorStatusFlag`.
    public var status: MAVGeneratorStatusFlag
    /// Speed of electrical generator or alternator. UINT16_MAX: field not provided.
    /// Units: rpm.
    public var generatorSpeed: UInt16
    /// Current into/out of battery. Positive for out. Negative for in. NaN: field not provided.
    /// Units: A.
    public var batteryCurrent: Float
    /// Current going to the UAV. If battery current not available this is the DC current from the generator. Positive for out. Negative for in. NaN: field not provided
    /// Units: A.
    public var loadCurrent: Float
    /// The power being generated. NaN: field not provided
    /// Units: W.
    public var powerGenerated: Float
    /// Voltage of the bus seen at the generator, or battery bus if battery bus is controlled by generator and at a different voltage to main bus.
    /// Units: V.
    public var busVoltage: Float
    /// The temperature of the rectifier or power converter. INT16_MAX: field not provided.
    /// Units: degC.
    public var rectifierTemperature: Int16
    /// The target battery current. Positive for out. Negative for in. NaN: field not provided
    /// Units: A.
    public var batCurrentSetpoint: Float
    /// The temperature of the mechanical motor, fuel cell core or generator. INT16_MAX: field not provided.
    /// Units: degC.
    public var generatorTemperature: Int16
    /// Seconds this generator has run since it was rebooted. UINT32_MAX: field not provided.
    /// Units: s.
    public var runtime: UInt32
    /// Seconds until this generator requires maintenance.  A negative value indicates maintenance is past-due. INT32_MAX: field not provided.
    /// Units: s.
    public var timeUntilMaintenance: Int32

    public init(status: MAVGeneratorStatusFlag = MAVGeneratorStatusFlag(rawValue: 0), generatorSpeed: UInt16 = 0, batteryCurrent: Float = 0, loadCurrent: Float = 0, powerGenerated: Float = 0, busVoltage: Float = 0, rectifierTemperature: Int16 = 0, batCurrentSetpoint: Float = 0, generatorTemperature: Int16 = 0, runtime: UInt32 = 0, timeUntilMaintenance: Int32 = 0) {
        self.status = status
        self.generatorSpeed = generatorSpeed
        self.batteryCurrent = batteryCurrent
        self.loadCurrent = loadCurrent
        self.powerGenerated = powerGenerated
        self.busVoltage = busVoltage
        self.rectifierTemperature = rectifierTemperature
        self.batCurrentSetpoint = batCurrentSetpoint
        self.generatorTemperature = generatorTemperature
        self.runtime = runtime
        self.timeUntilMaintenance = timeUntilMaintenance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        status = MAVGeneratorStatusFlag(rawValue: UInt64(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)))
        batteryCurrent = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        loadCurrent = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        powerGenerated = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        busVoltage = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        batCurrentSetpoint = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        runtime = _p.loadUnaligned(fromByteOffset: 28, as: UInt32.self)
        timeUntilMaintenance = _p.loadUnaligned(fromByteOffset: 32, as: Int32.self)
        generatorSpeed = _p.loadUnaligned(fromByteOffset: 36, as: UInt16.self)
        rectifierTemperature = _p.loadUnaligned(fromByteOffset: 38, as: Int16.self)
        generatorTemperature = _p.loadUnaligned(fromByteOffset: 40, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt64(truncatingIfNeeded: status.rawValue), toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: batteryCurrent, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: loadCurrent, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: powerGenerated, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: busVoltage, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: batCurrentSetpoint, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: runtime, toByteOffset: 28, as: UInt32.self)
        _p.storeBytes(of: timeUntilMaintenance, toByteOffset: 32, as: Int32.self)
        _p.storeBytes(of: generatorSpeed, toByteOffset: 36, as: UInt16.self)
        _p.storeBytes(of: rectifierTemperature, toByteOffset: 38, as: Int16.self)
        _p.storeBytes(of: generatorTemperature, toByteOffset: 40, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("status", UInt64(truncatingIfNeeded: status.rawValue))
        v.visit("generator_speed", generatorSpeed)
        v.visit("battery_current", batteryCurrent)
        v.visit("load_current", loadCurrent)
        v.visit("power_generated", powerGenerated)
        v.visit("bus_voltage", busVoltage)
        v.visit("rectifier_temperature", rectifierTemperature)
        v.visit("bat_current_setpoint", batCurrentSetpoint)
        v.visit("generator_temperature", generatorTemperature)
        v.visit("runtime", runtime)
        v.visit("time_until_maintenance", timeUntilMaintenance)
    }
}
