// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// 2nd Battery status
///
/// MAVLink message `BATTERY2` (id 181). Deprecated.
public struct Battery2: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 181 }
    @inlinable public static var name: StaticString { "BATTERY2" }
    @inlinable public static var crcExtra: UInt8 { 174 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// Voltage.
    /// Units: mV.
    public var voltage: UInt16
    /// Battery current, -1: autopilot does not measure the current.
    /// Units: cA.
    public var currentBattery: Int16

    public init(voltage: UInt16 = 0, currentBattery: Int16 = 0) {
        self.voltage = voltage
        self.currentBattery = currentBattery
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        voltage = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        currentBattery = _p.loadUnaligned(fromByteOffset: 2, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: voltage, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: currentBattery, toByteOffset: 2, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("voltage", voltage)
        v.visit("current_battery", currentBattery)
    }
}
