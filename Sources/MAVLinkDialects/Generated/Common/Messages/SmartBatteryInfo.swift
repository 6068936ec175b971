// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Smart Battery information (static/infrequent update). Use for updates from: smart battery to flight stack, flight stack to GCS. Use BATTERY_STATUS for the frequent battery updates.
///
/// MAVLink message `SMART_BATTERY_INFO` (id 370).
public struct SmartBatteryInfo: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 370 }
    @inlinable public static var name: StaticString { "SMART_BATTERY_INFO" }
    @inlinable public static var crcExtra: UInt8 { 75 }
    @inlinable public static var minLength: Int { 87 }
    @inlinable public static var maxLength: Int { 109 }

    /// Battery ID
    public var id: UInt8
    /// Function of the battery
    /// Values: `MAVBatteryFunction`.
    public var batteryFunction: MAVBatteryFunction
    /// Type (chemistry) of the battery
    /// Values: `MAVBatteryType`.
    public var type: MAVBatteryType
    /// Capacity when full according to manufacturer, -1: field not provided.
    /// Units: mAh.
    public var capacityFullSpecification: Int32
    /// Capacity when full (accounting for battery degradation), -1: field not provided.
    /// Units: mAh.
    public var capacityFull: Int32
    /// Charge/discharge cycle count. UINT16_MAX: field not provided.
    public var cycleCount: UInt16
    /// Serial number in ASCII characters, 0 terminated. All 0: field not provided.
    public var serialNumber: FixedString<16>
    /// Static device name in ASCII characters, 0 terminated. All 0: field not provided. Encode as manufacturer name then product name separated using an underscore.
    public var deviceName: FixedString<50>
    /// Battery weight. 0: field not provided.
    /// Units: g.
    public var weight: UInt16
    /// Minimum per-cell voltage when discharging. If not supplied set to UINT16_MAX value.
    /// Units: mV.
    public var dischargeMinimumVoltage: UInt16
    /// Minimum per-cell voltage when charging. If not supplied set to UINT16_MAX value.
    /// Units: mV.
    public var chargingMinimumVoltage: UInt16
    /// Minimum per-cell voltage when resting. If not supplied set to UINT16_MAX value.
    /// Units: mV.
    public var restingMinimumVoltage: UInt16
    /// Maximum per-cell voltage when charged. 0: field not provided.
    /// Units: mV.
    /// MAVLink 2 extension field.
    public var chargingMaximumVoltage: UInt16
    /// Number of battery cells in series. 0: field not provided.
    /// MAVLink 2 extension field.
    public var cellsInSeries: UInt8
    /// Maximum pack discharge current. 0: field not provided.
    /// Units: mA.
    /// MAVLink 2 extension field.
    public var dischargeMaximumCurrent: UInt32
    /// Maximum pack discharge burst current. 0: field not provided.
    /// Units: mA.
    /// MAVLink 2 extension field.
    public var dischargeMaximumBurstCurrent: UInt32
    /// Manufacture date (DD/MM/YYYY) in ASCII characters, 0 terminated. All 0: field not provided.
    /// MAVLink 2 extension field.
    public var manufactureDate: FixedString<11>

    public init(id: UInt8 = 0, batteryFunction: MAVBatteryFunction = MAVBatteryFunction(rawValue: 0), type: MAVBatteryType = MAVBatteryType(rawValue: 0), capacityFullSpecification: Int32 = 0, capacityFull: Int32 = 0, cycleCount: UInt16 = 0, serialNumber: FixedString<16> = FixedString(), deviceName: FixedString<50> = FixedString(), weight: UInt16 = 0, dischargeMinimumVoltage: UInt16 = 0, chargingMinimumVoltage: UInt16 = 0, restingMinimumVoltage: UInt16 = 0, chargingMaximumVoltage: UInt16 = 0, cellsInSeries: UInt8 = 0, dischargeMaximumCurrent: UInt32 = 0, dischargeMaximumBurstCurrent: UInt32 = 0, manufactureDate: FixedString<11> = FixedString()) {
        self.id = id
        self.batteryFunction = batteryFunction
        self.type = type
        self.capacityFullSpecification = capacityFullSpecification
        self.capacityFull = capacityFull
        self.cycleCount = cycleCount
        self.serialNumber = serialNumber
        self.deviceName = deviceName
        self.weight = weight
        self.dischargeMinimumVoltage = dischargeMinimumVoltage
        self.chargingMinimumVoltage = chargingMinimumVoltage
        self.restingMinimumVoltage = restingMinimumVoltage
        self.chargingMaximumVoltage = chargingMaximumVoltage
        self.cellsInSeries = cellsInSeries
        self.dischargeMaximumCurrent = dischargeMaximumCurrent
        self.dischargeMaximumBurstCurrent = dischargeMaximumBurstCurrent
        self.manufactureDate = manufactureDate
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        capacityFullSpecification = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        capacityFull = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        cycleCount = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        weight = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        dischargeMinimumVoltage = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        chargingMinimumVoltage = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        restingMinimumVoltage = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        id = _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)
        batteryFunction = MAVBatteryFunction(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)))
        type = MAVBatteryType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)))
        serialNumber = FixedString.load(from: _p, at: 21)
        deviceName = FixedString.load(from: _p, at: 37)
        chargingMaximumVoltage = _p.loadUnaligned(fromByteOffset: 87, as: UInt16.self)
        cellsInSeries = _p.loadUnaligned(fromByteOffset: 89, as: UInt8.self)
        dischargeMaximumCurrent = _p.loadUnaligned(fromByteOffset: 90, as: UInt32.self)
        dischargeMaximumBurstCurrent = _p.loadUnaligned(fromByteOffset: 94, as: UInt32.self)
        manufactureDate = FixedString.load(from: _p, at: 98)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: capacityFullSpecification, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: capacityFull, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: cycleCount, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: weight, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: dischargeMinimumVoltage, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: chargingMinimumVoltage, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: restingMinimumVoltage, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: id, toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: batteryFunction.rawValue), toByteOffset: 19, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 20, as: UInt8.self)
        serialNumber.store(to: _p, at: 21)
        deviceName.store(to: _p, at: 37)
        _p.storeBytes(of: chargingMaximumVoltage, toByteOffset: 87, as: UInt16.self)
        _p.storeBytes(of: cellsInSeries, toByteOffset: 89, as: UInt8.self)
        _p.storeBytes(of: dischargeMaximumCurrent, toByteOffset: 90, as: UInt32.self)
        _p.storeBytes(of: dischargeMaximumBurstCurrent, toByteOffset: 94, as: UInt32.self)
        manufactureDate.store(to: _p, at: 98)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("battery_function", UInt8(truncatingIfNeeded: batteryFunction.rawValue))
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("capacity_full_specification", capacityFullSpecification)
        v.visit("capacity_full", capacityFull)
        v.visit("cycle_count", cycleCount)
        v.visit("serial_number", serialNumber)
        v.visit("device_name", deviceName)
        v.visit("weight", weight)
        v.visit("discharge_minimum_voltage", dischargeMinimumVoltage)
        v.visit("charging_minimum_voltage", chargingMinimumVoltage)
        v.visit("resting_minimum_voltage", restingMinimumVoltage)
        v.visit("charging_maximum_voltage", chargingMaximumVoltage)
        v.visit("cells_in_series", cellsInSeries)
        v.visit("discharge_maximum_current", dischargeMaximumCurrent)
        v.visit("discharge_maximum_burst_current", dischargeMaximumBurstCurrent)
        v.visit("manufacture_date", manufactureDate)
    }
}
