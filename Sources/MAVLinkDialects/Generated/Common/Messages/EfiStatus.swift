// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// EFI status output
///
/// MAVLink message `EFI_STATUS` (id 225).
public struct EfiStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 225 }
    @inlinable public static var name: StaticString { "EFI_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 208 }
    @inlinable public static var minLength: Int { 65 }
    @inlinable public static var maxLength: Int { 73 }

    /// EFI health status
    public var health: UInt8
    /// ECU index
    public var ecuIndex: Float
    /// RPM
    public var rpm: Float
    /// Fuel consumed
    /// Units: cm^3.
    public var fuelConsumed: Float
    /// Fuel flow rate
    /// Units: cm^3/min.
    public var fuelFlow: Float
    /// Engine load
    /// Units: %.
    public var engineLoad: Float
    /// Throttle position
    /// Units: %.
    public var throttlePosition: Float
    /// Spark dwell time
    /// Units: ms.
    public var sparkDwellTime: Float
    /// Barometric pressure
    /// Units: kPa.
    public var barometricPressure: Float
    /// Intake manifold pressure(
    /// Units: kPa.
    public var intakeManifoldPressure: Float
    /// Intake manifold temperature
    /// Units: degC.
    public var intakeManifoldTemperature: Float
    /// Cylinder head temperature
    /// Units: degC.
    public var cylinderHeadTemperature: Float
    /// Ignition timing (Crank angle degrees)
    /// Units: deg.
    public var ignitionTiming: Float
    /// Injection time
    /// Units: ms.
    public var injectionTime: Float
    /// Exhaust gas temperature
    /// Units: degC.
    public var exhaustGasTemperature: Float
    /// Output throttle
    /// Units: %.
    public var throttleOut: Float
    /// Pressure/temperature compensation
    public var ptCompensation: Float
    /// Supply voltage to EFI sparking system.  Zero in this value means "unknown", so if the supply voltage really is zero volts use 0.0001 instead.
    /// Units: V.
    /// MAVLink 2 extension field.
    public var ignitionVoltage: Float
    /// Fuel pressure. Zero in this value means "unknown", so if the fuel pressure really is zero kPa use 0.0001 instead.
    /// Units: kPa.
    /// MAVLink 2 extension field.
    public var fuelPressure: Float

    public init(health: UInt8 = 0, ecuIndex: Float = 0, rpm: Float = 0, fuelConsumed: Float = 0, fuelFlow: Float = 0, engineLoad: Float = 0, throttlePosition: Float = 0, sparkDwellTime: Float = 0, barometricPressure: Float = 0, intakeManifoldPressure: Float = 0, intakeManifoldTemperature: Float = 0, cylinderHeadTemperature: Float = 0, ignitionTiming: Float = 0, injectionTime: Float = 0, exhaustGasTemperature: Float = 0, throttleOut: Float = 0, ptCompensation: Float = 0, ignitionVoltage: Float = 0, fuelPressure: Float = 0) {
        self.health = health
        self.ecuIndex = ecuIndex
        self.rpm = rpm
        self.fuelConsumed = fuelConsumed
        self.fuelFlow = fuelFlow
        self.engineLoad = engineLoad
        self.throttlePosition = throttlePosition
        self.sparkDwellTime = sparkDwellTime
        self.barometricPressure = barometricPressure
        self.intakeManifoldPressure = intakeManifoldPressure
        self.intakeManifoldTemperature = intakeManifoldTemperature
        self.cylinderHeadTemperature = cylinderHeadTemperature
        self.ignitionTiming = ignitionTiming
        self.injectionTime = injectionTime
        self.exhaustGasTemperature = exhaustGasTemperature
        self.throttleOut = throttleOut
        self.ptCompensation = ptCompensation
        self.ignitionVoltage = ignitionVoltage
        self.fuelPressure = fuelPressure
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        ecuIndex = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        rpm = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        fuelConsumed = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        fuelFlow = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        engineLoad = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        throttlePosition = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        sparkDwellTime = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        barometricPressure = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        intakeManifoldPressure = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        intakeManifoldTemperature = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        cylinderHeadTemperature = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        ignitionTiming = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        injectionTime = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        exhaustGasTemperature = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        throttleOut = _p.loadUnaligned(fromByteOffset: 56, as: Float.self)
        ptCompensation = _p.loadUnaligned(fromByteOffset: 60, as: Float.self)
        health = _p.loadUnaligned(fromByteOffset: 64, as: UInt8.self)
        ignitionVoltage = _p.loadUnaligned(fromByteOffset: 65, as: Float.self)
        fuelPressure = _p.loadUnaligned(fromByteOffset: 69, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: ecuIndex, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: rpm, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: fuelConsumed, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: fuelFlow, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: engineLoad, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: throttlePosition, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: sparkDwellTime, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: barometricPressure, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: intakeManifoldPressure, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: intakeManifoldTemperature, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: cylinderHeadTemperature, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: ignitionTiming, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: injectionTime, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: exhaustGasTemperature, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: throttleOut, toByteOffset: 56, as: Float.self)
        _p.storeBytes(of: ptCompensation, toByteOffset: 60, as: Float.self)
        _p.storeBytes(of: health, toByteOffset: 64, as: UInt8.self)
        _p.storeBytes(of: ignitionVoltage, toByteOffset: 65, as: Float.self)
        _p.storeBytes(of: fuelPressure, toByteOffset: 69, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("health", health)
        v.visit("ecu_index", ecuIndex)
        v.visit("rpm", rpm)
        v.visit("fuel_consumed", fuelConsumed)
        v.visit("fuel_flow", fuelFlow)
        v.visit("engine_load", engineLoad)
        v.visit("throttle_position", throttlePosition)
        v.visit("spark_dwell_time", sparkDwellTime)
        v.visit("barometric_pressure", barometricPressure)
        v.visit("intake_manifold_pressure", intakeManifoldPressure)
        v.visit("intake_manifold_temperature", intakeManifoldTemperature)
        v.visit("cylinder_head_temperature", cylinderHeadTemperature)
        v.visit("ignition_timing", ignitionTiming)
        v.visit("injection_time", injectionTime)
        v.visit("exhaust_gas_temperature", exhaustGasTemperature)
        v.visit("throttle_out", throttleOut)
        v.visit("pt_compensation", ptCompensation)
        v.visit("ignition_voltage", ignitionVoltage)
        v.visit("fuel_pressure", fuelPressure)
    }
}
