// Generated from loweheiser.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Composite EFI and Governor data from Loweheiser equipment.  This message is created by the EFI unit based on its own data and data received from a governor attached to that EFI unit.
///
/// MAVLink message `LOWEHEISER_GOV_EFI` (id 10151).
public struct LoweheiserGovEfi: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 10151 }
    @inlinable public static var name: StaticString { "LOWEHEISER_GOV_EFI" }
    @inlinable public static var crcExtra: UInt8 { 195 }
    @inlinable public static var minLength: Int { 85 }
    @inlinable public static var maxLength: Int { 85 }

    /// Generator Battery voltage.
    /// Units: V.
    public var voltBatt: Float
    /// Generator Battery current.
    /// Units: A.
    public var currBatt: Float
    /// Current being produced by generator.
    /// Units: A.
    public var currGen: Float
    /// Load current being consumed by the UAV (sum of curr_gen and curr_batt)
    /// Units: A.
    public var currRot: Float
    /// Generator fuel remaining in litres.
    /// Units: l.
    public var fuelLevel: Float
    /// Throttle Output.
    /// Units: %.
    public var throttle: Float
    /// Seconds this generator has run since it was rebooted.
    /// Units: s.
    public var runtime: UInt32
    /// Seconds until this generator requires maintenance.  A negative value indicates maintenance is past due.
    /// Units: s.
    public var untilMaintenance: Int32
    /// The Temperature of the rectifier.
    /// Units: degC.
    public var rectifierTemp: Float
    /// The temperature of the mechanical motor, fuel cell core or generator.
    /// Units: degC.
    public var generatorTemp: Float
    /// EFI Supply Voltage.
    /// Units: V.
    public var efiBatt: Float
    /// Motor RPM.
    /// Units: rpm.
    public var efiRpm: Float
    /// Injector pulse-width in milliseconds.
    /// Units: ms.
    public var efiPw: Float
    /// Fuel flow rate in litres/hour.
    public var efiFuelFlow: Float
    /// Fuel consumed.
    /// Units: l.
    public var efiFuelConsumed: Float
    /// Atmospheric pressure.
    /// Units: kPa.
    public var efiBaro: Float
    /// Manifold Air Temperature.
    /// Units: degC.
    public var efiMat: Float
    /// Cylinder Head Temperature.
    /// Units: degC.
    public var efiClt: Float
    /// Throttle Position.
    /// Units: %.
    public var efiTps: Float
    /// Exhaust gas temperature.
    /// Units: degC.
    public var efiExhaustGasTemperature: Float
    /// EFI index.
    public var efiIndex: UInt8
    /// Generator status.
    public var generatorStatus: UInt16
    /// EFI status.
    public var efiStatus: UInt16

    public init(voltBatt: Float = 0, currBatt: Float = 0, currGen: Float = 0, currRot: Float = 0, fuelLevel: Float = 0, throttle: Float = 0, runtime: UInt32 = 0, untilMaintenance: Int32 = 0, rectifierTemp: Float = 0, generatorTemp: Float = 0, efiBatt: Float = 0, efiRpm: Float = 0, efiPw: Float = 0, efiFuelFlow: Float = 0, efiFuelConsumed: Float = 0, efiBaro: Float = 0, efiMat: Float = 0, efiClt: Float = 0, efiTps: Float = 0, efiExhaustGasTemperature: Float = 0, efiIndex: UInt8 = 0, generatorStatus: UInt16 = 0, efiStatus: UInt16 = 0) {
        self.voltBatt = voltBatt
        self.currBatt = currBatt
        self.currGen = currGen
        self.currRot = currRot
        self.fuelLevel = fuelLevel
        self.throttle = throttle
        self.runtime = runtime
        self.untilMaintenance = untilMaintenance
        self.rectifierTemp = rectifierTemp
        self.generatorTemp = generatorTemp
        self.efiBatt = efiBatt
        self.efiRpm = efiRpm
        self.efiPw = efiPw
        self.efiFuelFlow = efiFuelFlow
        self.efiFuelConsumed = efiFuelConsumed
        self.efiBaro = efiBaro
        self.efiMat = efiMat
        self.efiClt = efiClt
        self.efiTps = efiTps
        self.efiExhaustGasTemperature = efiExhaustGasTemperature
        self.efiIndex = efiIndex
        self.generatorStatus = generatorStatus
        self.efiStatus = efiStatus
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        voltBatt = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        currBatt = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        currGen = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        currRot = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        fuelLevel = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        throttle = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        runtime = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        untilMaintenance = _p.loadUnaligned(fromByteOffset: 28, as: Int32.self)
        rectifierTemp = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        generatorTemp = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        efiBatt = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        efiRpm = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        efiPw = _p.loadUnaligned(fromByteOffset: 48, as: Float.self)
        efiFuelFlow = _p.loadUnaligned(fromByteOffset: 52, as: Float.self)
        efiFuelConsumed = _p.loadUnaligned(fromByteOffset: 56, as: Float.self)
        efiBaro = _p.loadUnaligned(fromByteOffset: 60, as: Float.self)
        efiMat = _p.loadUnaligned(fromByteOffset: 64, as: Float.self)
        efiClt = _p.loadUnaligned(fromByteOffset: 68, as: Float.self)
        efiTps = _p.loadUnaligned(fromByteOffset: 72, as: Float.self)
        efiExhaustGasTemperature = _p.loadUnaligned(fromByteOffset: 76, as: Float.self)
        generatorStatus = _p.loadUnaligned(fromByteOffset: 80, as: UInt16.self)
        efiStatus = _p.loadUnaligned(fromByteOffset: 82, as: UInt16.self)
        efiIndex = _p.loadUnaligned(fromByteOffset: 84, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: voltBatt, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: currBatt, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: currGen, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: currRot, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: fuelLevel, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: throttle, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: runtime, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: untilMaintenance, toByteOffset: 28, as: Int32.self)
        _p.storeBytes(of: rectifierTemp, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: generatorTemp, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: efiBatt, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: efiRpm, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: efiPw, toByteOffset: 48, as: Float.self)
        _p.storeBytes(of: efiFuelFlow, toByteOffset: 52, as: Float.self)
        _p.storeBytes(of: efiFuelConsumed, toByteOffset: 56, as: Float.self)
        _p.storeBytes(of: efiBaro, toByteOffset: 60, as: Float.self)
        _p.storeBytes(of: efiMat, toByteOffset: 64, as: Float.self)
        _p.storeBytes(of: efiClt, toByteOffset: 68, as: Float.self)
        _p.storeBytes(of: efiTps, toByteOffset: 72, as: Float.self)
        _p.storeBytes(of: efiExhaustGasTemperature, toByteOffset: 76, as: Float.self)
        _p.storeBytes(of: generatorStatus, toByteOffset: 80, as: UInt16.self)
        _p.storeBytes(of: efiStatus, toByteOffset: 82, as: UInt16.self)
        _p.storeBytes(of: efiIndex, toByteOffset: 84, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("volt_batt", voltBatt)
        v.visit("curr_batt", currBatt)
        v.visit("curr_gen", currGen)
        v.visit("curr_rot", currRot)
        v.visit("fuel_level", fuelLevel)
        v.visit("throttle", throttle)
        v.visit("runtime", runtime)
        v.visit("until_maintenance", untilMaintenance)
        v.visit("rectifier_temp", rectifierTemp)
        v.visit("generator_temp", generatorTemp)
        v.visit("efi_batt", efiBatt)
        v.visit("efi_rpm", efiRpm)
        v.visit("efi_pw", efiPw)
        v.visit("efi_fuel_flow", efiFuelFlow)
        v.visit("efi_fuel_consumed", efiFuelConsumed)
        v.visit("efi_baro", efiBaro)
        v.visit("efi_mat", efiMat)
        v.visit("efi_clt", efiClt)
        v.visit("efi_tps", efiTps)
        v.visit("efi_exhaust_gas_temperature", efiExhaustGasTemperature)
        v.visit("efi_index", efiIndex)
        v.visit("generator_status", generatorStatus)
        v.visit("efi_status", efiStatus)
    }
}
