// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Sensor and subsystem status information. Provides a compact representation of sensor/subsystem status and a few other basic statistics.
///
/// MAVLink message `SYS_STATUS` (id 1).
public struct SysStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 1 }
    @inlinable public static var name: StaticString { "SYS_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 124 }
    @inlinable public static var minLength: Int { 31 }
    @inlinable public static var maxLength: Int { 43 }

    /// Bitmap showing which onboard controllers and sensors are present. Value of 0: not present. Value of 1: present.
    /// Values: `MAVSysStatusSensor`.
    public var onboardControlSensorsPresent: MAVSysStatusSensor
    /// Bitmap showing which onboard controllers and sensors are enabled:  Value of 0: not enabled. Value of 1: enabled.
    /// Values: `MAVSysStatusSensor`.
    public var onboardControlSensorsEnabled: MAVSysStatusSensor
    /// Bitmap showing which onboard controllers and sensors have an error (or are operational). Value of 0: error. Value of 1: healthy.
    /// Values: `MAVSysStatusSensor`.
    public var onboardControlSensorsHealth: MAVSysStatusSensor
    /// Maximum usage in percent of the mainloop time. Values: [0-1000] - should always be below 1000
    /// Units: d%.
    public var load: UInt16
    /// Battery voltage, UINT16_MAX: Voltage not sent by autopilot. Value is ambiguous on multi-battery systems. BATTERY_STATUS is a recommended alternative.
    /// Units: mV.
    public var voltageBattery: UInt16
    /// Battery current, -1: Current not sent by autopilot. Value may overflow/rollover for very high currents (> 327.67A). Value is ambiguous on multi-battery systems. BATTERY_STATUS is a recommended alternative.
    /// Units: cA.
    public var currentBattery: Int16
    /// Battery energy remaining, -1: Battery remaining energy not sent by autopilot. Value is ambiguous on multi-battery systems. BATTERY_STATUS is a recommended alternative.
    /// Units: %.
    public var batteryRemaining: Int8
    /// Communication drop rate, (UART, I2C, SPI, CAN), dropped packets on all links (packets that were corrupted on reception on the MAV)
    /// Units: c%.
    public var dropRateComm: UInt16
    /// Communication errors (UART, I2C, SPI, CAN), dropped packets on all links (packets that were corrupted on reception on the MAV)
    public var errorsComm: UInt16
    /// Autopilot-specific errors
    public var errorsCount1: UInt16
    /// Autopilot-specific errors
    public var errorsCount2: UInt16
    /// Autopilot-specific errors
    public var errorsCount3: UInt16
    /// Autopilot-specific errors
    public var errorsCount4: UInt16
    /// Bitmap showing which onboard controllers and sensors are present. Value of 0: not present. Value of 1: present.
    /// Values: `MAVSysStatusSensorExtended`.
    /// MAVLink 2 extension field.
    public var onboardControlSensorsPresentExtended: MAVSysStatusSensorExtended
    /// Bitmap showing which onboard controllers and sensors are enabled:  Value of 0: not enabled. Value of 1: enabled.
    /// Values: `MAVSysStatusSensorExtended`.
    /// MAVLink 2 extension field.
    public var onboardControlSensorsEnabledExtended: MAVSysStatusSensorExtended
    /// Bitmap showing which onboard controllers and sensors have an error (or are operational). Value of 0: error. Value of 1: healthy.
    /// Values: `MAVSysStatusSensorExtended`.
    /// MAVLink 2 extension field.
    public var onboardControlSensorsHealthExtended: MAVSysStatusSensorExtended

    public init(onboardControlSensorsPresent: MAVSysStatusSensor = MAVSysStatusSensor(rawValue: 0), onboardControlSensorsEnabled: MAVSysStatusSensor = MAVSysStatusSensor(rawValue: 0), onboardControlSensorsHealth: MAVSysStatusSensor = MAVSysStatusSensor(rawValue: 0), load: UInt16 = 0, voltageBattery: UInt16 = 0, currentBattery: Int16 = 0, batteryRemaining: Int8 = 0, dropRateComm: UInt16 = 0, errorsComm: UInt16 = 0, errorsCount1: UInt16 = 0, errorsCount2: UInt16 = 0, errorsCount3: UInt16 = 0, errorsCount4: UInt16 = 0, onboardControlSensorsPresentExtended: MAVSysStatusSensorExtended = MAVSysStatusSensorExtended(rawValue: 0), onboardControlSensorsEnabledExtended: MAVSysStatusSensorExtended = MAVSysStatusSensorExtended(rawValue: 0), onboardControlSensorsHealthExtended: MAVSysStatusSensorExtended = MAVSysStatusSensorExtended(rawValue: 0)) {
        self.onboardControlSensorsPresent = onboardControlSensorsPresent
        self.onboardControlSensorsEnabled = onboardControlSensorsEnabled
        self.onboardControlSensorsHealth = onboardControlSensorsHealth
        self.load = load
        self.voltageBattery = voltageBattery
        self.currentBattery = currentBattery
        self.batteryRemaining = batteryRemaining
        self.dropRateComm = dropRateComm
        self.errorsComm = errorsComm
        self.errorsCount1 = errorsCount1
        self.errorsCount2 = errorsCount2
        self.errorsCount3 = errorsCount3
        self.errorsCount4 = errorsCount4
        self.onboardControlSensorsPresentExtended = onboardControlSensorsPresentExtended
        self.onboardControlSensorsEnabledExtended = onboardControlSensorsEnabledExtended
        self.onboardControlSensorsHealthExtended = onboardControlSensorsHealthExtended
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        onboardControlSensorsPresent = MAVSysStatusSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        onboardControlSensorsEnabled = MAVSysStatusSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        onboardControlSensorsHealth = MAVSysStatusSensor(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        load = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
        voltageBattery = _p.loadUnaligned(fromByteOffset: 14, as: UInt16.self)
        currentBattery = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        dropRateComm = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
        errorsComm = _p.loadUnaligned(fromByteOffset: 20, as: UInt16.self)
        errorsCount1 = _p.loadUnaligned(fromByteOffset: 22, as: UInt16.self)
        errorsCount2 = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        errorsCount3 = _p.loadUnaligned(fromByteOffset: 26, as: UInt16.self)
        errorsCount4 = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        batteryRemaining = _p.loadUnaligned(fromByteOffset: 30, as: Int8.self)
        onboardControlSensorsPresentExtended = MAVSysStatusSensorExtended(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 31, as: UInt32.self)))
        onboardControlSensorsEnabledExtended = MAVSysStatusSensorExtended(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 35, as: UInt32.self)))
        onboardControlSensorsHealthExtended = MAVSysStatusSensorExtended(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 39, as: UInt32.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsPresent.rawValue), toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsEnabled.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsHealth.rawValue), toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: load, toByteOffset: 12, as: UInt16.self)
        _p.storeBytes(of: voltageBattery, toByteOffset: 14, as: UInt16.self)
        _p.storeBytes(of: currentBattery, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: dropRateComm, toByteOffset: 18, as: UInt16.self)
        _p.storeBytes(of: errorsComm, toByteOffset: 20, as: UInt16.self)
        _p.storeBytes(of: errorsCount1, toByteOffset: 22, as: UInt16.self)
        _p.storeBytes(of: errorsCount2, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: errorsCount3, toByteOffset: 26, as: UInt16.self)
        _p.storeBytes(of: errorsCount4, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: batteryRemaining, toByteOffset: 30, as: Int8.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsPresentExtended.rawValue), toByteOffset: 31, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsEnabledExtended.rawValue), toByteOffset: 35, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: onboardControlSensorsHealthExtended.rawValue), toByteOffset: 39, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("onboard_control_sensors_present", UInt32(truncatingIfNeeded: onboardControlSensorsPresent.rawValue))
        v.visit("onboard_control_sensors_enabled", UInt32(truncatingIfNeeded: onboardControlSensorsEnabled.rawValue))
        v.visit("onboard_control_sensors_health", UInt32(truncatingIfNeeded: onboardControlSensorsHealth.rawValue))
        v.visit("load", load)
        v.visit("voltage_battery", voltageBattery)
        v.visit("current_battery", currentBattery)
        v.visit("battery_remaining", batteryRemaining)
        v.visit("drop_rate_comm", dropRateComm)
        v.visit("errors_comm", errorsComm)
        v.visit("errors_count1", errorsCount1)
        v.visit("errors_count2", errorsCount2)
        v.visit("errors_count3", errorsCount3)
        v.visit("errors_count4", errorsCount4)
        v.visit("onboard_control_sensors_present_extended", UInt32(truncatingIfNeeded: onboardControlSensorsPresentExtended.rawValue))
        v.visit("onboard_control_sensors_enabled_extended", UInt32(truncatingIfNeeded: onboardControlSensorsEnabledExtended.rawValue))
        v.visit("onboard_control_sensors_health_extended", UInt32(truncatingIfNeeded: onboardControlSensorsHealthExtended.rawValue))
    }
}
