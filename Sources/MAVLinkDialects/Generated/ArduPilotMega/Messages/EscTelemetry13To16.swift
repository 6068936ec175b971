// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ESC Telemetry Data for ESCs 13 to 16, matching data sent by BLHeli ESCs.
///
/// MAVLink message `ESC_TELEMETRY_13_TO_16` (id 11040).
public struct EscTelemetry13To16: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 11040 }
    @inlinable public static var name: StaticString { "ESC_TELEMETRY_13_TO_16" }
    @inlinable public static var crcExtra: UInt8 { 132 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 44 }

    /// Temperature.
    /// Units: degC.
    public var temperature: FixedArray<4, UInt8>
    /// Voltage.
    /// Units: cV.
    public var voltage: FixedArray<4, UInt16>
    /// Current.
    /// Units: cA.
    public var current: FixedArray<4, UInt16>
    /// Total current.
    /// Units: mAh.
    public var totalcurrent: FixedArray<4, UInt16>
    /// RPM (eRPM).
    /// Units: rpm.
    public var rpm: FixedArray<4, UInt16>
    /// count of telemetry packets received (wraps at 65535).
    public var count: FixedArray<4, UInt16>

    public init(temperature: FixedArray<4, UInt8> = FixedArray(repeating: 0), voltage: FixedArray<4, UInt16> = FixedArray(repeating: 0), current: FixedArray<4, UInt16> = FixedArray(repeating: 0), totalcurrent: FixedArray<4, UInt16> = FixedArray(repeating: 0), rpm: FixedArray<4, UInt16> = FixedArray(repeating: 0), count: FixedArray<4, UInt16> = FixedArray(repeating: 0)) {
        self.temperature = temperature
        self.voltage = voltage
        self.current = current
        self.totalcurrent = totalcurrent
        self.rpm = rpm
        self.count = count
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        voltage = FixedArray.load(from: _p, at: 0)
        current = FixedArray.load(from: _p, at: 8)
        totalcurrent = FixedArray.load(from: _p, at: 16)
        rpm = FixedArray.load(from: _p, at: 24)
        count = FixedArray.load(from: _p, at: 32)
        temperature = FixedArray.load(from: _p, at: 40)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        voltage.store(to: _p, at: 0)
        current.store(to: _p, at: 8)
        totalcurrent.store(to: _p, at: 16)
        rpm.store(to: _p, at: 24)
        count.store(to: _p, at: 32)
        temperature.store(to: _p, at: 40)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("temperature", temperature)
        v.visit("voltage", voltage)
        v.visit("current", current)
        v.visit("totalcurrent", totalcurrent)
        v.visit("rpm", rpm)
        v.visit("count", count)
    }
}
