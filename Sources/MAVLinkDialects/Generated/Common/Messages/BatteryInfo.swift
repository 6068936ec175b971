// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Battery information that is static, or requires infrequent update.
/// This message should requested using MAV_CMD_REQUEST_MESSAGE and/or streamed at very low rate.
/// BATTERY_STATUS_V2 is used for higher-rate battery status information.
///
/// MAVLink message `BATTERY_INFO` (id 372).
public struct BatteryInfo: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 372 }
    @inlinable public static var name: StaticString { "BATTERY_INFO" }
    @inlinable public static var crcExtra: UInt8 { 26 }
    @inlinable public static var minLength: Int { 140 }
    @inlinable public static var maxLength: Int { 140 }

    /// Battery ID
    public var id: UInt8
    /// Function of the battery.
    /// Values: `MAVBatteryFunction`.
    public var batteryFunction: MAVBatteryFunction
    /// Type (chemistry) of the battery.
    /// Values: `MAVBatteryType`.
    public var type: MAVBatteryType
    /// State of Health (SOH) estimate. Typically 100% at the time of manufacture and will decrease over time and use. -1: field not provided.
    /// Units: %.
    public var stateOfHealth: UInt8
    /// Number of battery cells in series. 0: field not provided.
    public var cellsInSeries: UInt8
    /// Lifetime count of the number of charge/discharge cycles (https://en.wikipedia.org/wiki/Charge_cycle). UINT16_MAX: field not provided.
    public var cycleCount: UInt16
    /// Battery weight. 0: field not provided.
    /// Units: g.
    public var weight: UInt16
    /// Minimum per-cell voltage when discharging. 0: field not provided.
    /// Units: V.
    public var dischargeMinimumVoltage: Float
    /// Minimum per-cell voltage when charging. 0: field not provided.
    /// Units: V.
    public var chargingMinimumVoltage: Float
    /// Minimum per-cell voltage when resting. 0: field not provided.
    /// Units: V.
    public var restingMinimumVoltage: Float
    /// Maximum per-cell voltage when charged. 0: field not provided.
    /// Units: V.
    public var chargingMaximumVoltage: Float
    /// Maximum pack continuous charge current. 0: field not provided.
    /// Units: A.
    public var chargingMaximumCurrent: Float
    /// Battery nominal voltage. Used for conversion between Wh and Ah. 0: field not provided.
    /// Units: V.
    public var nominalVoltage: Float
    /// Maximum pack discharge current. 0: field not provided.
    /// Units: A.
    public var dischargeMaximumCurrent: Float
    /// Maximum pack discharge burst current. 0: field not provided.
    /// Units: A.
    public var dischargeMaximumBurstCurrent: Float
    /// Fully charged design capacity. 0: field not provided.
    /// Units: Ah.
    public var designCapacity: Float
    /// Predicted battery capacity when fully charged (accounting for battery degradation). NAN: field not provided.
    /// Units: Ah.
    public var fullChargeCapacity: Float
    /// Manufacture date (DDMMYYYY) in ASCII characters, 0 terminated. All 0: field not provided.
    public var manufactureDate: FixedString<9>
    /// Serial number in ASCII characters, 0 terminated. All 0: field not provided.
    public var serialNumber: FixedString<32>
    /// Battery device name. Formatted as manufacturer name then product name, separated with an underscore (in ASCII characters), 0 terminated. All 0: field not provided.
    public var name: FixedString<50>

    public init(id: UInt8 = 0, batteryFunction: MAVBatteryFunction = MAVBatteryFunction(rawValue: 0), type: MAVBatteryType = MAVBatteryType(rawValue: 0), stateOfHealth: UInt8 = 0, cellsInSeries: UInt8 = 0, cycleCount: UInt16 = 0, weight: UInt16 = 0, dischargeMinimumVoltage: Float = 0, chargingMinimumVoltage: Float = 0, restingMinimumVoltage: Float = 0, chargingMaximumVoltage: Float = 0, chargingMaximumCurrent: Float = 0, nominalVoltage: Float = 0, dischargeMaximumCurrent: Float = 0, dischargeMaximumBurstCurrent: Float = 0, designCapacity: Float = 0, fullChargeCapacity: Float = 0, manufactureDate: FixedString<9> = FixedString(), serialNumber: FixedString<32> = FixedString(), name: FixedString<50> = FixedString()) {
        self.id = id
        self.batteryFunction = batteryFunction
        self.type = type
        self.stateOfHealth = stateOfHealth
        self.cellsInSeries = cellsInSeries
        self.cycleCount = cycleCount
        self.weight = weight
        self.dischargeMinimumVoltage = dischargeMinimumVoltage
        self.chargingMinimumVoltage = chargingMinimumVoltage
        self.restingMinimumVoltage = restingMinimumVoltage
        self.chargingMaximumVoltage = chargingMaximumVoltage
        self.chargingMaximumCurrent = chargingMaximumCurrent
        self.nominalVoltage = nominalVoltage
        self.dischargeMaximumCurrent = dischargeMaximumCurrent
        self.dischargeMaximumBurstCurrent = dischargeMaximumBurstCurrent
        self.designCapacity = designCapacity
        self.fullChargeCapacity = fullChargeCapacity
        self.manufactureDate = manufactureDate
        self.serialNumber = serialNumber
        self.name = name
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        dischargeMinimumVoltage = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        chargingMinimumVoltage = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        restingMinimumVoltage = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        chargingMaximumVoltage = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        chargingMaximumCurrent = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        nominalVoltage = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        dischargeMaximumCurrent = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        dischargeMaximumBurstCurrent = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        designCapacity = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        fullChargeCapacity = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        cycleCount = _p.loadUnaligned(fromByteOffset: 40, as: UInt16.self)
        weight = _p.loadUnaligned(fromByteOffset: 42, as: UInt16.self)
        id = _p.loadUnaligned(fromByteOffset: 44, as: UInt8.self)
        batteryFunction = MAVBatteryFunction(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 45, as: UInt8.self)))
        type = MAVBatteryType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 46, as: UInt8.self)))
        stateOfHealth = _p.loadUnaligned(fromByteOffset: 47, as: UInt8.self)
        cellsInSeries = _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)
        manufactureDate = FixedString.load(from: _p, at: 49)
        serialNumber = FixedString.load(from: _p, at: 58)
        name = FixedString.load(from: _p, at: 90)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: dischargeMinimumVoltage, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: chargingMinimumVoltage, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: restingMinimumVoltage, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: chargingMaximumVoltage, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: chargingMaximumCurrent, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: nominalVoltage, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: dischargeMaximumCurrent, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: dischargeMaximumBurstCurrent, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: designCapacity, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: fullChargeCapacity, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: cycleCount, toByteOffset: 40, as: UInt16.self)
        _p.storeBytes(of: weight, toByteOffset: 42, as: UInt16.self)
        _p.storeBytes(of: id, toByteOffset: 44, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: batteryFunction.rawValue), toByteOffset: 45, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 46, as: UInt8.self)
        _p.storeBytes(of: stateOfHealth, toByteOffset: 47, as: UInt8.self)
        _p.storeBytes(of: cellsInSeries, toByteOffset: 48, as: UInt8.self)
        manufactureDate.store(to: _p, at: 49)
        serialNumber.store(to: _p, at: 58)
        name.store(to: _p, at: 90)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("battery_function", UInt8(truncatingIfNeeded: batteryFunction.rawValue))
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("state_of_health", stateOfHealth)
        v.visit("cells_in_series", cellsInSeries)
        v.visit("cycle_count", cycleCount)
        v.visit("weight", weight)
        v.visit("discharge_minimum_voltage", dischargeMinimumVoltage)
        v.visit("charging_minimum_voltage", chargingMinimumVoltage)
        v.visit("resting_minimum_voltage", restingMinimumVoltage)
        v.visit("charging_maximum_voltage", chargingMaximumVoltage)
        v.visit("charging_maximum_current", chargingMaximumCurrent)
        v.visit("nominal_voltage", nominalVoltage)
        v.visit("discharge_maximum_current", dischargeMaximumCurrent)
        v.visit("discharge_maximum_burst_current", dischargeMaximumBurstCurrent)
        v.visit("design_capacity", designCapacity)
        v.visit("full_charge_capacity", fullChargeCapacity)
        v.visit("manufacture_date", manufactureDate)
        v.visit("serial_number", serialNumber)
        v.visit("name", name)
    }
}
