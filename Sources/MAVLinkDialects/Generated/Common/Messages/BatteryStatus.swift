// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Battery information. Updates GCS with flight controller battery status. Smart batteries also use this message, but may additionally send BATTERY_INFO.
///
/// MAVLink message `BATTERY_STATUS` (id 147).
public struct BatteryStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 147 }
    @inlinable public static var name: StaticString { "BATTERY_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 154 }
    @inlinable public static var minLength: Int { 36 }
    @inlinable public static var maxLength: Int { 54 }

    /// Battery ID
    public var id: UInt8
    /// Function of the battery
    /// Values: `MAVBatteryFunction`.
    public var batteryFunction: MAVBatteryFunction
    /// Type (chemistry) of the battery
    /// Values: `MAVBatteryType`.
    public var type: MAVBatteryType
    /// Temperature of the battery. INT16_MAX for unknown temperature.
    /// Units: cdegC.
    public var temperature: Int16
    /// Battery voltage of cells 1 to 10 (see voltages_ext for cells 11-14). Cells in this field above the valid cell count for this battery should have the UINT16_MAX value. If individual cell voltages are unknown or not measured for this battery, then the overall battery voltage should be filled in cell 0, with all others set to UINT16_MAX. If the voltage of the battery is greater than (UINT16_MAX - 1), then cell 0 should be set to (UINT16_MAX - 1), and cell 1 to the remaining voltage. This can be extended to multiple cells if the total voltage is greater than 2 * (UINT16_MAX - 1).
    /// Units: mV.
    public var voltages: FixedArray<10, UInt16>
    /// Battery current, -1: autopilot does not measure the current. Value may overflow/rollover for very high currents (> 327.67A)
    /// Units: cA.
    public var currentBattery: Int16
    /// Consumed charge, -1: autopilot does not provide consumption estimate
    /// Units: mAh.
    public var currentConsumed: Int32
    /// Consumed energy, -1: autopilot does not provide energy consumption estimate
    /// Units: hJ.
    public var energyConsumed: Int32
    /// Remaining battery energy. Values: [0-100], -1: autopilot does not estimate the remaining battery.
    /// Units: %.
    public var batteryRemaining: Int8
    /// Remaining battery time, 0: autopilot does not provide remaining battery time estimate
    /// Units: s.
    /// MAVLink 2 extension field.
    public var timeRemaining: Int32
    /// State for extent of discharge, provided by autopilot for warning or external reactions
    /// Values: `MAVBatteryChargeState`.
    /// MAVLink 2 extension field.
    public var chargeState: MAVBatteryChargeState
    /// Battery voltages for cells 11 to 14. Cells above the valid cell count for this battery should have a value of 0, where zero indicates not supported (note, this is different than for the voltages field and allows empty byte truncation). If the measured value is 0 then 1 should be sent instead.
    /// Units: mV.
    /// MAVLink 2 extension field.
    public var voltagesExt: FixedArray<4, UInt16>
    /// Battery mode. Default (0) is that battery mode reporting is not supported or battery is in normal-use mode.
    /// Values: `MAVBatteryMode`.
    /// MAVLink 2 extension field.
    public var mode: MAVBatteryMode
    /// Fault/health indications. These should be set when charge_state is MAV_BATTERY_CHARGE_STATE_FAILED or MAV_BATTERY_CHARGE_STATE_UNHEALTHY (if not, fault reporting is not supported).
    /// Values: `MAVBatteryFault`.
    /// MAVLink 2 extension field.
    public var faultBitmask: MAVBatteryFault

    public init(id: UInt8 = 0, batteryFunction: MAVBatteryFunction = MAVBatteryFunction(rawValue: 0), type: MAVBatteryType = MAVBatteryType(rawValue: 0), temperature: Int16 = 0, voltages: FixedArray<10, UInt16> = FixedArray(repeating: 0), currentBattery: Int16 = 0, currentConsumed: Int32 = 0, energyConsumed: Int32 = 0, batteryRemaining: Int8 = 0, timeRemaining: Int32 = 0, chargeState: MAVBatteryChargeState = MAVBatteryChargeState(rawValue: 0), voltagesExt: FixedArray<4, UInt16> = FixedArray(repeating: 0), mode: MAVBatteryMode = MAVBatteryMode(rawValue: 0), faultBitmask: MAVBatteryFault = MAVBatteryFault(rawValue: 0)) {
        self.id = id
        self.batteryFunction = batteryFunction
        self.type = type
        self.temperature = temperature
        self.voltages = voltages
        self.currentBattery = currentBattery
        self.currentConsumed = currentConsumed
        self.energyConsumed = energyConsumed
        self.batteryRemaining = batteryRemaining
        self.timeRemaining = timeRemaining
        self.chargeState = chargeState
        self.voltagesExt = voltagesExt
        self.mode = mode
        self.faultBitmask = faultBitmask
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        currentConsumed = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        energyConsumed = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        temperature = _p.loadUnaligned(fromByteOffset: 8, as: Int16.self)
        voltages = FixedArray.load(from: _p, at: 10)
        currentBattery = _p.loadUnaligned(fromByteOffset: 30, as: Int16.self)
        id = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        batteryFunction = MAVBatteryFunction(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)))
        type = MAVBatteryType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)))
        batteryRemaining = _p.loadUnaligned(fromByteOffset: 35, as: Int8.self)
        timeRemaining = _p.loadUnaligned(fromByteOffset: 36, as: Int32.self)
        chargeState = MAVBatteryChargeState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)))
        voltagesExt = FixedArray.load(from: _p, at: 41)
        mode = MAVBatteryMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 49, as: UInt8.self)))
        faultBitmask = MAVBatteryFault(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 50, as: UInt32.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: currentConsumed, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: energyConsumed, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: temperature, toByteOffset: 8, as: Int16.self)
        voltages.store(to: _p, at: 10)
        _p.storeBytes(of: currentBattery, toByteOffset: 30, as: Int16.self)
        _p.storeBytes(of: id, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: batteryFunction.rawValue), toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 34, as: UInt8.self)
        _p.storeBytes(of: batteryRemaining, toByteOffset: 35, as: Int8.self)
        _p.storeBytes(of: timeRemaining, toByteOffset: 36, as: Int32.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: chargeState.rawValue), toByteOffset: 40, as: UInt8.self)
        voltagesExt.store(to: _p, at: 41)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: mode.rawValue), toByteOffset: 49, as: UInt8.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: faultBitmask.rawValue), toByteOffset: 50, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("battery_function", UInt8(truncatingIfNeeded: batteryFunction.rawValue))
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("temperature", temperature)
        v.visit("voltages", voltages)
        v.visit("current_battery", currentBattery)
        v.visit("current_consumed", currentConsumed)
        v.visit("energy_consumed", energyConsumed)
        v.visit("battery_remaining", batteryRemaining)
        v.visit("time_remaining", timeRemaining)
        v.visit("charge_state", UInt8(truncatingIfNeeded: chargeState.rawValue))
        v.visit("voltages_ext", voltagesExt)
        v.visit("mode", UInt8(truncatingIfNeeded: mode.rawValue))
        v.visit("fault_bitmask", UInt32(truncatingIfNeeded: faultBitmask.rawValue))
    }
}
